export * from './lib/follow-up-event-schemas';
export * from './lib/follow-up-overdue.v1';
export * from './lib/follow-up-reported.v1';
export * from './lib/follow-up-streams';
export * from './lib/meeting-recorded.v1';
export * from './lib/recommendation-issued.v1';
export * from './lib/recommendation-responded.v1';
