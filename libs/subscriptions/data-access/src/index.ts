export * from './lib/follow-button.component';
export * from './lib/follow-news.store';
export * from './lib/follows.store';
export * from './lib/strings';
export * from './lib/subscriptions-api';
export * from './lib/subscriptions.models';
export * from './lib/webhooks.store';
