import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { COMMITMENT_STREAM } from './commitment-stream';

/** Organisations only (ids, names, kinds, countries): no personal data. */
export interface CommitmentCoOwnerAddedV1Payload {
  commitmentId: string;
  coOwner: { organisationId: string; name: string; kind: string; country: string | null };
  addedBy: string;
  addedAt: string;
}
export type CommitmentCoOwnerAddedV1 = EventEnvelope<'CommitmentCoOwnerAdded', CommitmentCoOwnerAddedV1Payload>;

const text = (max: number) => ({ type: 'string', maxLength: max });
export const CommitmentCoOwnerAddedV1Schema: EventSchema = {
  type: 'CommitmentCoOwnerAdded',
  version: 1,
  stream: COMMITMENT_STREAM,
  schema: {
    type: 'object',
    required: ['commitmentId', 'coOwner', 'addedBy', 'addedAt'],
    additionalProperties: false,
    properties: {
      commitmentId: { type: 'string', format: 'uuid' },
      coOwner: {
        type: 'object',
        required: ['organisationId', 'name', 'kind', 'country'],
        additionalProperties: false,
        properties: { organisationId: text(100), name: text(200), kind: text(30), country: { type: ['string', 'null'], pattern: '^[A-Z]{2}$' } },
      },
      addedBy: text(100),
      addedAt: { type: 'string', format: 'date-time' },
    },
  },
};
