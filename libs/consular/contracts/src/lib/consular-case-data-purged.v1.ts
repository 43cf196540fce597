import { EventEnvelope } from '@accord/shared/contracts';
import { CONSULAR_REQUEST_STREAM } from './consular-streams';
import { at, closedSchema, uuid } from './schema-parts';

export interface ConsularCaseDataPurgedV1Payload {
  requestId: string;
  caseCount: number;
  purgedAt: string;
}
export type ConsularCaseDataPurgedV1 = EventEnvelope<'ConsularCaseDataPurged', ConsularCaseDataPurgedV1Payload>;

export const ConsularCaseDataPurgedV1Schema = closedSchema('ConsularCaseDataPurged', CONSULAR_REQUEST_STREAM, { requestId: uuid, caseCount: { type: 'integer', minimum: 0 }, purgedAt: at });
