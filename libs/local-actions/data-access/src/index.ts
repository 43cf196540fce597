export * from './lib/local-action-feed-store';
export * from './lib/local-action-validation';
export * from './lib/local-action.models';
export * from './lib/local-actions-api';
