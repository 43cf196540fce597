import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { day, instant, orgId, place, seats, uuid } from './capacity-schema-parts';
import { CAPACITY_STREAM } from './evacuation-stream';

export interface CapacityOfferedV1Payload {
  offerId: string;
  operationId: string;
  organisationId: string;
  from: string;
  to: string;
  departureDate: string;
  mode: 'air' | 'sea' | 'road';
  seats: number;
  offeredAt: string;
}
export type CapacityOfferedV1 = EventEnvelope<'CapacityOffered', CapacityOfferedV1Payload>;

export const CapacityOfferedV1Schema: EventSchema = {
  type: 'CapacityOffered',
  version: 1,
  stream: CAPACITY_STREAM,
  schema: {
    type: 'object',
    required: ['offerId', 'operationId', 'organisationId', 'from', 'to', 'departureDate', 'mode', 'seats', 'offeredAt'],
    additionalProperties: false,
    properties: { offerId: uuid, operationId: uuid, organisationId: orgId, from: place, to: place, departureDate: day, mode: { enum: ['air', 'sea', 'road'] }, seats, offeredAt: instant },
  },
};
