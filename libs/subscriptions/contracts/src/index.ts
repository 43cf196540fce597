export * from './lib/follow-started.v1';
export * from './lib/follow-stopped.v1';
export * from './lib/subscriptions-event-schemas';
export * from './lib/subscriptions-streams';
export * from './lib/webhook-registered.v1';
export * from './lib/webhook-status-changed.v1';
export * from './lib/webhook-secret-rotated.v1';
