import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { EVACUATION_OPERATION_STREAM } from './evacuation-stream';

export interface EvacuationMovementReportedV1Payload {
  operationId: string;
  reporterOrganisationId: string;
  nationality: string;
  kind: 'evacuated' | 'in_transit' | 'returned' | 'reintegration_support';
  count: number;
  reportedAt: string;
}
export type EvacuationMovementReportedV1 = EventEnvelope<'EvacuationMovementReported', EvacuationMovementReportedV1Payload>;

export const EvacuationMovementReportedV1Schema: EventSchema = {
  type: 'EvacuationMovementReported',
  version: 1,
  stream: EVACUATION_OPERATION_STREAM,
  schema: {
    type: 'object',
    required: ['operationId', 'reporterOrganisationId', 'nationality', 'kind', 'count', 'reportedAt'],
    additionalProperties: false,
    properties: {
      operationId: { type: 'string', format: 'uuid' },
      reporterOrganisationId: { type: 'string', maxLength: 100 },
      nationality: { type: 'string', pattern: '^[A-Z]{2}$' },
      kind: { enum: ['evacuated', 'in_transit', 'returned', 'reintegration_support'] },
      count: { type: 'integer', minimum: 1 },
      reportedAt: { type: 'string', format: 'date-time' },
    },
  },
};
