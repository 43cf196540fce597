import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { RECOMMENDATION_STREAM } from './follow-up-streams';
import { day, instant, orgId, uuid } from './schema-parts';

export interface RecommendationIssuedV1Payload {
  recommendationId: string;
  secretariatId: string;
  meeting: { meetingId: string; title: string; process: string; date: string };
  title: string;
  text: string;
  addresseeIds: string[];
  dueDate: string;
  issuedAt: string;
  /** Added later and optional, so every RecommendationIssued stored before stays valid. */
  consultation?: { consultationId: string; alertId: string };
}
export type RecommendationIssuedV1 = EventEnvelope<'RecommendationIssued', RecommendationIssuedV1Payload>;

export const RecommendationIssuedV1Schema: EventSchema = {
  type: 'RecommendationIssued',
  version: 1,
  stream: RECOMMENDATION_STREAM,
  schema: {
    type: 'object',
    required: ['recommendationId', 'secretariatId', 'meeting', 'title', 'text', 'addresseeIds', 'dueDate', 'issuedAt'],
    additionalProperties: false,
    properties: {
      recommendationId: uuid,
      secretariatId: orgId,
      meeting: {
        type: 'object',
        required: ['meetingId', 'title', 'process', 'date'],
        additionalProperties: false,
        properties: { meetingId: uuid, title: { type: 'string', maxLength: 200 }, process: { type: 'string', maxLength: 100 }, date: day },
      },
      title: { type: 'string', minLength: 5, maxLength: 200 },
      text: { type: 'string', maxLength: 8000 },
      addresseeIds: { type: 'array', minItems: 1, maxItems: 50, uniqueItems: true, items: orgId },
      dueDate: day,
      issuedAt: instant,
      consultation: { type: 'object', required: ['consultationId', 'alertId'], additionalProperties: false, properties: { consultationId: uuid, alertId: uuid } },
    },
  },
};
