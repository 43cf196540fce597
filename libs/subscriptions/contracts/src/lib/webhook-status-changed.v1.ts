import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { instant, orgId, uuid } from './schema-parts';
import { WEBHOOK_STREAM } from './subscriptions-streams';

export interface WebhookStatusChangedV1Payload {
  webhookId: string;
  organisationId: string;
  active: boolean;
  changedAt: string;
}
export type WebhookStatusChangedV1 = EventEnvelope<'WebhookStatusChanged', WebhookStatusChangedV1Payload>;

export const WebhookStatusChangedV1Schema: EventSchema = {
  type: 'WebhookStatusChanged',
  version: 1,
  stream: WEBHOOK_STREAM,
  schema: {
    type: 'object',
    required: ['webhookId', 'organisationId', 'active', 'changedAt'],
    additionalProperties: false,
    properties: { webhookId: uuid, organisationId: orgId, active: { type: 'boolean' }, changedAt: instant },
  },
};
