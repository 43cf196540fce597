export * from './lib/local-action-details.schema';
export * from './lib/local-action-event-schemas';
export * from './lib/local-action-reported.v1';
export * from './lib/local-action-stream';
export * from './lib/local-action-updated.v1';
