import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { ASSESSMENT_STREAM } from './assessment-stream';

export interface AssessmentRepliedV1Payload {
  assessmentId: string;
  commitmentId: string;
  ownerOrganisationId: string;
  text: string;
  repliedAt: string;
}
export type AssessmentRepliedV1 = EventEnvelope<'AssessmentReplied', AssessmentRepliedV1Payload>;

export const AssessmentRepliedV1Schema: EventSchema = {
  type: 'AssessmentReplied',
  version: 1,
  stream: ASSESSMENT_STREAM,
  schema: {
    type: 'object',
    required: ['assessmentId', 'commitmentId', 'ownerOrganisationId', 'text', 'repliedAt'],
    additionalProperties: false,
    properties: {
      assessmentId: { type: 'string', format: 'uuid' },
      commitmentId: { type: 'string', format: 'uuid' },
      ownerOrganisationId: { type: 'string', maxLength: 100 },
      text: { type: 'string', minLength: 1, maxLength: 8000 },
      repliedAt: { type: 'string', format: 'date-time' },
    },
  },
};
