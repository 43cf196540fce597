import { EventEnvelope } from '@accord/shared/contracts';
import { CONSULAR_REQUEST_STREAM } from './consular-streams';
import { at, closedSchema, orgId, uuid } from './schema-parts';

export interface ConsularRequestClosedV1Payload {
  requestId: string;
  byOrganisationId: string;
  reason: 'all_cases_resolved' | 'withdrawn' | 'other';
  closedAt: string;
}
export type ConsularRequestClosedV1 = EventEnvelope<'ConsularRequestClosed', ConsularRequestClosedV1Payload>;

export const ConsularRequestClosedV1Schema = closedSchema('ConsularRequestClosed', CONSULAR_REQUEST_STREAM, {
  requestId: uuid, byOrganisationId: orgId, reason: { enum: ['all_cases_resolved', 'withdrawn', 'other'] }, closedAt: at,
});
