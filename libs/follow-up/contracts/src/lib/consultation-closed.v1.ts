import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { CONSULTATION_STREAM } from './follow-up-streams';
import { instant, uuid } from './schema-parts';

export interface ConsultationClosedV1Payload {
  consultationId: string;
  decisionCount: number;
  closedAt: string;
}
export type ConsultationClosedV1 = EventEnvelope<'ConsultationClosed', ConsultationClosedV1Payload>;

export const ConsultationClosedV1Schema: EventSchema = {
  type: 'ConsultationClosed',
  version: 1,
  stream: CONSULTATION_STREAM,
  schema: {
    type: 'object',
    required: ['consultationId', 'decisionCount', 'closedAt'],
    additionalProperties: false,
    properties: { consultationId: uuid, decisionCount: { type: 'integer', minimum: 0 }, closedAt: instant },
  },
};
