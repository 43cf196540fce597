import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { CONSULTATION_STREAM } from './follow-up-streams';
import { day, instant, orgId, uuid } from './schema-parts';

/** The decision's full text travels once, in the RecommendationIssued it becomes. */
export interface ConsultationDecisionRecordedV1Payload {
  consultationId: string;
  alertId: string;
  decisionId: string;
  recommendationId: string;
  title: string;
  addresseeIds: string[];
  dueDate: string;
  recordedAt: string;
}
export type ConsultationDecisionRecordedV1 = EventEnvelope<'ConsultationDecisionRecorded', ConsultationDecisionRecordedV1Payload>;

export const ConsultationDecisionRecordedV1Schema: EventSchema = {
  type: 'ConsultationDecisionRecorded',
  version: 1,
  stream: CONSULTATION_STREAM,
  schema: {
    type: 'object',
    required: ['consultationId', 'alertId', 'decisionId', 'recommendationId', 'title', 'addresseeIds', 'dueDate', 'recordedAt'],
    additionalProperties: false,
    properties: {
      consultationId: uuid,
      alertId: uuid,
      decisionId: uuid,
      recommendationId: uuid,
      title: { type: 'string', minLength: 5, maxLength: 200 },
      addresseeIds: { type: 'array', minItems: 1, maxItems: 50, uniqueItems: true, items: orgId },
      dueDate: day,
      recordedAt: instant,
    },
  },
};
