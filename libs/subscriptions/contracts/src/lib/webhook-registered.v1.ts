import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { instant, orgId, uuid } from './schema-parts';
import { WEBHOOK_STREAM } from './subscriptions-streams';

/** Ids and counts only: the URL and the secret never leave the subscriptions context. */
export interface WebhookRegisteredV1Payload {
  webhookId: string;
  organisationId: string;
  streams: string[];
  eventTypes: string[];
  targetCount: number;
  registeredAt: string;
}
export type WebhookRegisteredV1 = EventEnvelope<'WebhookRegistered', WebhookRegisteredV1Payload>;

const names = { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 100 } } as const;
export const WebhookRegisteredV1Schema: EventSchema = {
  type: 'WebhookRegistered',
  version: 1,
  stream: WEBHOOK_STREAM,
  schema: {
    type: 'object',
    required: ['webhookId', 'organisationId', 'streams', 'eventTypes', 'targetCount', 'registeredAt'],
    additionalProperties: false,
    properties: { webhookId: uuid, organisationId: orgId, streams: names, eventTypes: names, targetCount: { type: 'integer', minimum: 0, maximum: 50 }, registeredAt: instant },
  },
};
