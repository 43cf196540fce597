import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { instant, orgId, uuid } from './schema-parts';
import { WEBHOOK_STREAM } from './subscriptions-streams';

/** That a webhook's signing secret changed, and when; the secret itself never travels in an event. */
export interface WebhookSecretRotatedV1Payload {
  webhookId: string;
  organisationId: string;
  rotatedAt: string;
}
export type WebhookSecretRotatedV1 = EventEnvelope<'WebhookSecretRotated', WebhookSecretRotatedV1Payload>;

export const WebhookSecretRotatedV1Schema: EventSchema = {
  type: 'WebhookSecretRotated',
  version: 1,
  stream: WEBHOOK_STREAM,
  schema: {
    type: 'object',
    required: ['webhookId', 'organisationId', 'rotatedAt'],
    additionalProperties: false,
    properties: { webhookId: uuid, organisationId: orgId, rotatedAt: instant },
  },
};
