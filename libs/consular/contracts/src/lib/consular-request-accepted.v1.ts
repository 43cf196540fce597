import { EventEnvelope } from '@accord/shared/contracts';
import { CONSULAR_REQUEST_STREAM } from './consular-streams';
import { at, closedSchema, orgId, uuid } from './schema-parts';

export interface ConsularRequestAcceptedV1Payload {
  requestId: string;
  byOrganisationId: string;
  acceptedAt: string;
}
export type ConsularRequestAcceptedV1 = EventEnvelope<'ConsularRequestAccepted', ConsularRequestAcceptedV1Payload>;

export const ConsularRequestAcceptedV1Schema = closedSchema('ConsularRequestAccepted', CONSULAR_REQUEST_STREAM, { requestId: uuid, byOrganisationId: orgId, acceptedAt: at });
