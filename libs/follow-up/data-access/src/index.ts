export * from './lib/follow-up-api';
export * from './lib/follow-up-validation';
export * from './lib/follow-up.models';
export * from './lib/notifications-store';
export * from './lib/recommendation-detail.models';
export * from './lib/tracker-rows';
export * from './lib/tracker-store';
