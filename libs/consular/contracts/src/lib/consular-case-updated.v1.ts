import { EventEnvelope } from '@accord/shared/contracts';
import { CONSULAR_REQUEST_STREAM } from './consular-streams';
import { at, closedSchema, orgId, uuid } from './schema-parts';

export interface ConsularCaseUpdatedV1Payload {
  requestId: string;
  caseId: string;
  status: 'located' | 'assisted' | 'evacuated' | 'closed';
  byOrganisationId: string;
  updatedAt: string;
}
export type ConsularCaseUpdatedV1 = EventEnvelope<'ConsularCaseUpdated', ConsularCaseUpdatedV1Payload>;

export const ConsularCaseUpdatedV1Schema = closedSchema('ConsularCaseUpdated', CONSULAR_REQUEST_STREAM, {
  requestId: uuid, caseId: uuid, status: { enum: ['located', 'assisted', 'evacuated', 'closed'] }, byOrganisationId: orgId, updatedAt: at,
});
