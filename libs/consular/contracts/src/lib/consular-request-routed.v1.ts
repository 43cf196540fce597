import { EventEnvelope } from '@accord/shared/contracts';
import { CONSULAR_REQUEST_STREAM } from './consular-streams';
import { at, closedSchema, orgId, uuid } from './schema-parts';

export interface ConsularRequestRoutedV1Payload {
  requestId: string;
  partnerOrganisationId: string;
  attempt: number;
  answerDueAt: string;
  routedAt: string;
}
export type ConsularRequestRoutedV1 = EventEnvelope<'ConsularRequestRouted', ConsularRequestRoutedV1Payload>;

export const ConsularRequestRoutedV1Schema = closedSchema('ConsularRequestRouted', CONSULAR_REQUEST_STREAM, {
  requestId: uuid, partnerOrganisationId: orgId, attempt: { type: 'integer', minimum: 1 }, answerDueAt: at, routedAt: at,
});
