import { ChangeWebhookStatusHandler } from './commands/change-webhook-status/change-webhook-status.handler';
import { RegisterWebhookHandler } from './commands/register-webhook/register-webhook.handler';
import { ResendDeliveryHandler } from './commands/resend-delivery/resend-delivery.handler';
import { RotateWebhookSecretHandler } from './commands/rotate-webhook-secret/rotate-webhook-secret.handler';
import { StartFollowHandler } from './commands/start-follow/start-follow.handler';
import { StopFollowHandler } from './commands/stop-follow/stop-follow.handler';

export const SUBSCRIPTIONS_COMMAND_HANDLERS = [StartFollowHandler, StopFollowHandler, RegisterWebhookHandler, ChangeWebhookStatusHandler, RotateWebhookSecretHandler, ResendDeliveryHandler];
