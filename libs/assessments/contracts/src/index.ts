export * from './lib/assessment-event-schemas';
export * from './lib/assessment-published.v1';
export * from './lib/assessment-replied.v1';
export * from './lib/assessment-stream';
