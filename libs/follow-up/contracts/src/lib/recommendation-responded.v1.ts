import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { RECOMMENDATION_STREAM } from './follow-up-streams';
import { instant, orgId, uuid } from './schema-parts';

export interface RecommendationRespondedV1Payload {
  recommendationId: string;
  addresseeId: string;
  response: 'supports' | 'notes' | 'rejects';
  reason: string;
  /** 1 for the first answer; each change of mind adds one. */
  revision: number;
  respondedAt: string;
}
export type RecommendationRespondedV1 = EventEnvelope<'RecommendationResponded', RecommendationRespondedV1Payload>;

export const RecommendationRespondedV1Schema: EventSchema = {
  type: 'RecommendationResponded',
  version: 1,
  stream: RECOMMENDATION_STREAM,
  schema: {
    type: 'object',
    required: ['recommendationId', 'addresseeId', 'response', 'reason', 'revision', 'respondedAt'],
    additionalProperties: false,
    properties: {
      recommendationId: uuid,
      addresseeId: orgId,
      response: { enum: ['supports', 'notes', 'rejects'] },
      reason: { type: 'string', minLength: 1, maxLength: 4000 },
      revision: { type: 'integer', minimum: 1 },
      respondedAt: instant,
    },
  },
};
