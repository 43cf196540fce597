import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { COMMITMENT_STREAM } from './commitment-stream';

/** A joint commitment's owner reported on its own share (single-owner commitments keep CommitmentProgressReported v1). */
export interface CommitmentShareProgressReportedV1Payload {
  commitmentId: string;
  organisationId: string;
  percent: number;
  narrative: string;
  evidenceUrl: string | null;
  evidenceLevel: 'good_practice' | 'promising_practice' | 'emerging_practice' | 'case_study';
  consolidatedPercent: number | null;
  reportedAt: string;
}
export type CommitmentShareProgressReportedV1 = EventEnvelope<'CommitmentShareProgressReported', CommitmentShareProgressReportedV1Payload>;

const percent = { type: 'integer', minimum: 0, maximum: 100 };
export const CommitmentShareProgressReportedV1Schema: EventSchema = {
  type: 'CommitmentShareProgressReported',
  version: 1,
  stream: COMMITMENT_STREAM,
  schema: {
    type: 'object',
    required: ['commitmentId', 'organisationId', 'percent', 'narrative', 'evidenceUrl', 'evidenceLevel', 'consolidatedPercent', 'reportedAt'],
    additionalProperties: false,
    properties: {
      commitmentId: { type: 'string', format: 'uuid' },
      organisationId: { type: 'string', maxLength: 100 },
      percent,
      narrative: { type: 'string', maxLength: 4000 },
      evidenceUrl: { type: ['string', 'null'], maxLength: 2000 },
      evidenceLevel: { enum: ['good_practice', 'promising_practice', 'emerging_practice', 'case_study'] },
      consolidatedPercent: { anyOf: [percent, { type: 'null' }] },
      reportedAt: { type: 'string', format: 'date-time' },
    },
  },
};
