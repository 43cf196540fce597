import { EventEnvelope } from '@accord/shared/contracts';
import { CONSULAR_REQUEST_STREAM } from './consular-streams';
import { at, closedSchema, country, orgId, services, uuid } from './schema-parts';

/** Counts and case ids only: the people's data never leaves the requesting service's vault. */
export interface ConsularRequestRaisedV1Payload {
  requestId: string;
  requesterOrganisationId: string;
  country: string;
  alertId: string | null;
  nationalsCount: number;
  services: string[];
  caseIds: string[];
  raisedAt: string;
}
export type ConsularRequestRaisedV1 = EventEnvelope<'ConsularRequestRaised', ConsularRequestRaisedV1Payload>;

export const ConsularRequestRaisedV1Schema = closedSchema('ConsularRequestRaised', CONSULAR_REQUEST_STREAM, {
  requestId: uuid,
  requesterOrganisationId: orgId,
  country,
  alertId: { type: ['string', 'null'], format: 'uuid' },
  nationalsCount: { type: 'integer', minimum: 1 },
  services,
  caseIds: { type: 'array', maxItems: 5000, items: uuid },
  raisedAt: at,
});
