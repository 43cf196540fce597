import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { EVACUATION_OPERATION_STREAM } from './evacuation-stream';

export interface EvacuationOperationOpenedV1Payload {
  operationId: string;
  alertId: string;
  country: string;
  name: string;
  operatorOrganisationId: string;
  targets: { nationality: string; count: number }[];
  openedAt: string;
}
export type EvacuationOperationOpenedV1 = EventEnvelope<'EvacuationOperationOpened', EvacuationOperationOpenedV1Payload>;

export const EvacuationOperationOpenedV1Schema: EventSchema = {
  type: 'EvacuationOperationOpened',
  version: 1,
  stream: EVACUATION_OPERATION_STREAM,
  schema: {
    type: 'object',
    required: ['operationId', 'alertId', 'country', 'name', 'operatorOrganisationId', 'targets', 'openedAt'],
    additionalProperties: false,
    properties: {
      operationId: { type: 'string', format: 'uuid' },
      alertId: { type: 'string', format: 'uuid' },
      country: { type: 'string', pattern: '^[A-Z]{2}$' },
      name: { type: 'string', maxLength: 200 },
      operatorOrganisationId: { type: 'string', maxLength: 100 },
      targets: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', required: ['nationality', 'count'], additionalProperties: false, properties: { nationality: { type: 'string', pattern: '^[A-Z]{2}$' }, count: { type: 'integer', minimum: 1 } } },
      },
      openedAt: { type: 'string', format: 'date-time' },
    },
  },
};
