import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { instant, orgId, seats, uuid } from './capacity-schema-parts';
import { CAPACITY_STREAM } from './evacuation-stream';

export interface CapacityMatchedV1Payload {
  offerId: string;
  matchId: string;
  requestId: string;
  operationId: string;
  offerOrganisationId: string;
  requestOrganisationId: string;
  seats: number;
  proposedBy: 'matcher' | 'agency';
  proposerOrganisationId: string | null;
  matchedAt: string;
}
export type CapacityMatchedV1 = EventEnvelope<'CapacityMatched', CapacityMatchedV1Payload>;

export const CapacityMatchedV1Schema: EventSchema = {
  type: 'CapacityMatched',
  version: 1,
  stream: CAPACITY_STREAM,
  schema: {
    type: 'object',
    required: ['offerId', 'matchId', 'requestId', 'operationId', 'offerOrganisationId', 'requestOrganisationId', 'seats', 'proposedBy', 'proposerOrganisationId', 'matchedAt'],
    additionalProperties: false,
    properties: {
      offerId: uuid,
      matchId: uuid,
      requestId: uuid,
      operationId: uuid,
      offerOrganisationId: orgId,
      requestOrganisationId: orgId,
      seats,
      proposedBy: { enum: ['matcher', 'agency'] },
      proposerOrganisationId: { anyOf: [orgId, { type: 'null' }] },
      matchedAt: instant,
    },
  },
};
