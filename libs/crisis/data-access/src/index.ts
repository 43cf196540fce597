export * from './lib/alerts-store';
export * from './lib/crisis-api';
export * from './lib/crisis.models';
export * from './lib/room-store';
export * from './lib/upsert-alert';
