export * from './lib/event-envelope';
export * from './lib/event-registry';
export * from './lib/event-schema';
export * from './lib/new-envelope';
