export * from './lib/alert-terms.schema';
export * from './lib/crisis-alert-closed.v1';
export * from './lib/crisis-alert-raised.v1';
export * from './lib/crisis-alert-updated.v1';
export * from './lib/crisis-event-schemas';
export * from './lib/crisis-streams';
export * from './lib/nationals-presence-reported.v1';
export * from './lib/field-report-filed.v1';
