import { EventSchema } from '@accord/shared/contracts';
import { FollowStartedV1Schema } from './follow-started.v1';
import { FollowStoppedV1Schema } from './follow-stopped.v1';
import { WebhookRegisteredV1Schema } from './webhook-registered.v1';
import { WebhookSecretRotatedV1Schema } from './webhook-secret-rotated.v1';
import { WebhookStatusChangedV1Schema } from './webhook-status-changed.v1';

export const SUBSCRIPTIONS_EVENT_SCHEMAS: readonly EventSchema[] = [FollowStartedV1Schema, FollowStoppedV1Schema, WebhookRegisteredV1Schema, WebhookStatusChangedV1Schema, WebhookSecretRotatedV1Schema];
