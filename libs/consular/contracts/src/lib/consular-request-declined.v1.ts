import { EventEnvelope } from '@accord/shared/contracts';
import { CONSULAR_REQUEST_STREAM } from './consular-streams';
import { at, closedSchema, orgId, uuid } from './schema-parts';

/** A reason code, never free text (free text is where names slip in); notes stay in the write model. */
export interface ConsularRequestDeclinedV1Payload {
  requestId: string;
  byOrganisationId: string;
  reason: 'no_capacity' | 'outside_agreed_services' | 'no_access_to_area' | 'other';
  declinedAt: string;
}
export type ConsularRequestDeclinedV1 = EventEnvelope<'ConsularRequestDeclined', ConsularRequestDeclinedV1Payload>;

export const ConsularRequestDeclinedV1Schema = closedSchema('ConsularRequestDeclined', CONSULAR_REQUEST_STREAM, {
  requestId: uuid, byOrganisationId: orgId, reason: { enum: ['no_capacity', 'outside_agreed_services', 'no_access_to_area', 'other'] }, declinedAt: at,
});
