import { EventEnvelope } from '@accord/shared/contracts';
import { CONSULAR_REQUEST_STREAM } from './consular-streams';
import { at, closedSchema, orgId, uuid } from './schema-parts';

/** The request moved to the next eligible partner or, failing one, to an agency. */
export interface ConsularRequestEscalatedV1Payload {
  requestId: string;
  fromOrganisationId: string | null;
  toOrganisationId: string;
  toKind: 'state' | 'agency';
  reason: 'deadline' | 'declined' | 'no_eligible_partner';
  answerDueAt: string | null;
  escalatedAt: string;
}
export type ConsularRequestEscalatedV1 = EventEnvelope<'ConsularRequestEscalated', ConsularRequestEscalatedV1Payload>;

export const ConsularRequestEscalatedV1Schema = closedSchema('ConsularRequestEscalated', CONSULAR_REQUEST_STREAM, {
  requestId: uuid,
  fromOrganisationId: { type: ['string', 'null'], maxLength: 100 },
  toOrganisationId: orgId,
  toKind: { enum: ['state', 'agency'] },
  reason: { enum: ['deadline', 'declined', 'no_eligible_partner'] },
  answerDueAt: { type: ['string', 'null'], format: 'date-time' },
  escalatedAt: at,
});
