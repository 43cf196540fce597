import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { instant, orgId, seats, uuid } from './capacity-schema-parts';
import { CAPACITY_STREAM } from './evacuation-stream';

export interface CapacityMatchDeclinedV1Payload {
  offerId: string;
  matchId: string;
  requestId: string;
  organisationId: string;
  seatsReleased: number;
  declinedAt: string;
}
export type CapacityMatchDeclinedV1 = EventEnvelope<'CapacityMatchDeclined', CapacityMatchDeclinedV1Payload>;

export const CapacityMatchDeclinedV1Schema: EventSchema = {
  type: 'CapacityMatchDeclined',
  version: 1,
  stream: CAPACITY_STREAM,
  schema: {
    type: 'object',
    required: ['offerId', 'matchId', 'requestId', 'organisationId', 'seatsReleased', 'declinedAt'],
    additionalProperties: false,
    properties: { offerId: uuid, matchId: uuid, requestId: uuid, organisationId: orgId, seatsReleased: seats, declinedAt: instant },
  },
};
