import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { day, instant, orgId, place, seats, uuid } from './capacity-schema-parts';
import { CAPACITY_STREAM } from './evacuation-stream';

/** Counts by nationality only: never names or lists of passengers. */
export interface CapacityRequestedV1Payload {
  requestId: string;
  operationId: string;
  organisationId: string;
  from: string;
  to: string;
  earliestDate: string;
  latestDate: string;
  passengers: { nationality: string; count: number }[];
  passengerCount: number;
  requestedAt: string;
}
export type CapacityRequestedV1 = EventEnvelope<'CapacityRequested', CapacityRequestedV1Payload>;

export const CapacityRequestedV1Schema: EventSchema = {
  type: 'CapacityRequested',
  version: 1,
  stream: CAPACITY_STREAM,
  schema: {
    type: 'object',
    required: ['requestId', 'operationId', 'organisationId', 'from', 'to', 'earliestDate', 'latestDate', 'passengers', 'passengerCount', 'requestedAt'],
    additionalProperties: false,
    properties: {
      requestId: uuid,
      operationId: uuid,
      organisationId: orgId,
      from: place,
      to: place,
      earliestDate: day,
      latestDate: day,
      passengers: {
        type: 'array',
        minItems: 1,
        maxItems: 30,
        items: { type: 'object', required: ['nationality', 'count'], additionalProperties: false, properties: { nationality: { type: 'string', pattern: '^[A-Z]{2}$' }, count: seats } },
      },
      passengerCount: { type: 'integer', minimum: 1 },
      requestedAt: instant,
    },
  },
};
