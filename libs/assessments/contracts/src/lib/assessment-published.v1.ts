import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { ASSESSMENT_STREAM } from './assessment-stream';

export type AssessmentRatingV1 = 'on_track' | 'some_progress' | 'off_track' | 'no_evidence';
export type ContestedStatusV1 = 'pledged' | 'in_progress' | 'fulfilled' | 'partially_fulfilled' | 'stalled' | 'withdrawn';

export interface AssessmentPublishedV1Payload {
  assessmentId: string;
  commitmentId: string;
  commitmentOwnerId: string;
  assessor: { organisationId: string; name: string; kind: string };
  rating: AssessmentRatingV1;
  narrative: string;
  evidenceUrls: string[];
  contestedStatus: ContestedStatusV1 | null;
  publishedAt: string;
}
export type AssessmentPublishedV1 = EventEnvelope<'AssessmentPublished', AssessmentPublishedV1Payload>;

export const AssessmentPublishedV1Schema: EventSchema = {
  type: 'AssessmentPublished',
  version: 1,
  stream: ASSESSMENT_STREAM,
  schema: {
    type: 'object',
    required: ['assessmentId', 'commitmentId', 'commitmentOwnerId', 'assessor', 'rating', 'narrative', 'evidenceUrls', 'contestedStatus', 'publishedAt'],
    additionalProperties: false,
    properties: {
      assessmentId: { type: 'string', format: 'uuid' },
      commitmentId: { type: 'string', format: 'uuid' },
      commitmentOwnerId: { type: 'string', maxLength: 100 },
      assessor: {
        type: 'object',
        required: ['organisationId', 'name', 'kind'],
        additionalProperties: false,
        properties: { organisationId: { type: 'string', maxLength: 100 }, name: { type: 'string', maxLength: 200 }, kind: { const: 'cso' } },
      },
      rating: { enum: ['on_track', 'some_progress', 'off_track', 'no_evidence'] },
      narrative: { type: 'string', minLength: 1, maxLength: 8000 },
      evidenceUrls: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 2000 } },
      contestedStatus: { enum: [null, 'pledged', 'in_progress', 'fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'] },
      publishedAt: { type: 'string', format: 'date-time' },
    },
  },
};
