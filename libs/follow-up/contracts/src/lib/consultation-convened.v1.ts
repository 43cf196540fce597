import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { CONSULTATION_STREAM } from './follow-up-streams';
import { instant, orgId, uuid } from './schema-parts';

export interface ConsultationConvenedV1Payload {
  consultationId: string;
  secretariatId: string;
  alertId: string;
  title: string;
  process: string;
  scheduledAt: string;
  invitedStateIds: string[];
  agencyIds: string[];
  convenedAt: string;
}
export type ConsultationConvenedV1 = EventEnvelope<'ConsultationConvened', ConsultationConvenedV1Payload>;

export const ConsultationConvenedV1Schema: EventSchema = {
  type: 'ConsultationConvened',
  version: 1,
  stream: CONSULTATION_STREAM,
  schema: {
    type: 'object',
    required: ['consultationId', 'secretariatId', 'alertId', 'title', 'process', 'scheduledAt', 'invitedStateIds', 'agencyIds', 'convenedAt'],
    additionalProperties: false,
    properties: {
      consultationId: uuid,
      secretariatId: orgId,
      alertId: uuid,
      title: { type: 'string', minLength: 5, maxLength: 200 },
      process: { type: 'string', minLength: 2, maxLength: 100 },
      scheduledAt: instant,
      invitedStateIds: { type: 'array', minItems: 1, maxItems: 60, uniqueItems: true, items: orgId },
      agencyIds: { type: 'array', maxItems: 20, uniqueItems: true, items: orgId },
      convenedAt: instant,
    },
  },
};
