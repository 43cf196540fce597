import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { COMMITMENT_STREAM } from './commitment-stream';

export interface CommitmentProgressReportedV1Payload {
  commitmentId: string;
  percent: number;
  narrative: string;
  evidenceUrl: string | null;
  evidenceLevel: 'good_practice' | 'promising_practice' | 'emerging_practice' | 'case_study';
  reportedAt: string;
}
export type CommitmentProgressReportedV1 = EventEnvelope<'CommitmentProgressReported', CommitmentProgressReportedV1Payload>;

export const CommitmentProgressReportedV1Schema: EventSchema = {
  type: 'CommitmentProgressReported',
  version: 1,
  stream: COMMITMENT_STREAM,
  schema: {
    type: 'object',
    required: ['commitmentId', 'percent', 'narrative', 'evidenceUrl', 'evidenceLevel', 'reportedAt'],
    additionalProperties: false,
    properties: {
      commitmentId: { type: 'string', format: 'uuid' },
      percent: { type: 'integer', minimum: 0, maximum: 100 },
      narrative: { type: 'string', maxLength: 4000 },
      evidenceUrl: { type: ['string', 'null'], maxLength: 2000 },
      evidenceLevel: { enum: ['good_practice', 'promising_practice', 'emerging_practice', 'case_study'] },
      reportedAt: { type: 'string', format: 'date-time' },
    },
  },
};
