import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { COMMITMENT_STREAM } from './commitment-stream';
import { CommitmentStatusV1 } from './commitment-status-changed.v1';

/** One owner's share of a joint commitment changed status; CommitmentStatusChanged follows when the consolidated status moves. */
export interface CommitmentShareStatusChangedV1Payload {
  commitmentId: string;
  organisationId: string;
  from: CommitmentStatusV1;
  to: CommitmentStatusV1;
  reason: string | null;
  changedAt: string;
}
export type CommitmentShareStatusChangedV1 = EventEnvelope<'CommitmentShareStatusChanged', CommitmentShareStatusChangedV1Payload>;

const status = { enum: ['pledged', 'in_progress', 'fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'] };
export const CommitmentShareStatusChangedV1Schema: EventSchema = {
  type: 'CommitmentShareStatusChanged',
  version: 1,
  stream: COMMITMENT_STREAM,
  schema: {
    type: 'object',
    required: ['commitmentId', 'organisationId', 'from', 'to', 'reason', 'changedAt'],
    additionalProperties: false,
    properties: {
      commitmentId: { type: 'string', format: 'uuid' },
      organisationId: { type: 'string', maxLength: 100 },
      from: status,
      to: status,
      reason: { type: ['string', 'null'], maxLength: 1000 },
      changedAt: { type: 'string', format: 'date-time' },
    },
  },
};
