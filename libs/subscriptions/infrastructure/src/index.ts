import { SubscriptionsSchema1733540000000 } from './lib/persistence/subscriptions-schema.migration';
import { WebhookSecretKey1765070000000 } from './lib/persistence/webhook-secret-key.migration';

export * from './lib/delivery/webhook-deliveries.projection';
export * from './lib/delivery/webhook-dispatcher';
export * from './lib/follows/follow.queries';
export * from './lib/notifications/follow-notification.queries';
export * from './lib/subscription-views';
export * from './lib/subscriptions.module';
export * from './lib/webhooks/host-resolver';
export * from './lib/webhooks/webhook.queries';
export * from './lib/webhooks/webhook-secret.cipher';
export * from './lib/webhooks/webhook-secrets';

export const subscriptionsMigrations = [SubscriptionsSchema1733540000000, WebhookSecretKey1765070000000];
/** Inbox consumer names of the subscriptions projections (delete their inbox rows to rebuild). */
export const SUBSCRIPTIONS_PROJECTIONS = ['subscriptions.follow-notifications', 'subscriptions.webhook-deliveries'];
