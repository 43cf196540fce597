import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { instant, orgId, uuid } from './capacity-schema-parts';
import { CAPACITY_STREAM } from './evacuation-stream';

export interface CapacityMatchConfirmedV1Payload {
  offerId: string;
  matchId: string;
  requestId: string;
  organisationId: string;
  fullyConfirmed: boolean;
  confirmedAt: string;
}
export type CapacityMatchConfirmedV1 = EventEnvelope<'CapacityMatchConfirmed', CapacityMatchConfirmedV1Payload>;

export const CapacityMatchConfirmedV1Schema: EventSchema = {
  type: 'CapacityMatchConfirmed',
  version: 1,
  stream: CAPACITY_STREAM,
  schema: {
    type: 'object',
    required: ['offerId', 'matchId', 'requestId', 'organisationId', 'fullyConfirmed', 'confirmedAt'],
    additionalProperties: false,
    properties: { offerId: uuid, matchId: uuid, requestId: uuid, organisationId: orgId, fullyConfirmed: { type: 'boolean' }, confirmedAt: instant },
  },
};
