import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { COMMITMENT_STREAM } from './commitment-stream';

export type CommitmentStatusV1 = 'pledged' | 'in_progress' | 'fulfilled' | 'partially_fulfilled' | 'stalled' | 'withdrawn';
export interface CommitmentStatusChangedV1Payload {
  commitmentId: string;
  from: CommitmentStatusV1;
  to: CommitmentStatusV1;
  reason: string | null;
  changedAt: string;
}
export type CommitmentStatusChangedV1 = EventEnvelope<'CommitmentStatusChanged', CommitmentStatusChangedV1Payload>;

const status = { enum: ['pledged', 'in_progress', 'fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'] };
export const CommitmentStatusChangedV1Schema: EventSchema = {
  type: 'CommitmentStatusChanged',
  version: 1,
  stream: COMMITMENT_STREAM,
  schema: {
    type: 'object',
    required: ['commitmentId', 'from', 'to', 'reason', 'changedAt'],
    additionalProperties: false,
    properties: {
      commitmentId: { type: 'string', format: 'uuid' },
      from: status,
      to: status,
      reason: { type: ['string', 'null'], maxLength: 1000 },
      changedAt: { type: 'string', format: 'date-time' },
    },
  },
};
