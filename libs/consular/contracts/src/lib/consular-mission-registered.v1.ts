import { EventEnvelope } from '@accord/shared/contracts';
import { CONSULAR_MISSION_STREAM } from './consular-streams';
import { at, closedSchema, country, orgId, uuid } from './schema-parts';

export interface ConsularMissionRegisteredV1Payload {
  missionId: string;
  stateOrganisationId: string;
  country: string;
  city: string;
  registeredAt: string;
}
export type ConsularMissionRegisteredV1 = EventEnvelope<'ConsularMissionRegistered', ConsularMissionRegisteredV1Payload>;

export const ConsularMissionRegisteredV1Schema = closedSchema('ConsularMissionRegistered', CONSULAR_MISSION_STREAM, {
  missionId: uuid, stateOrganisationId: orgId, country, city: { type: 'string', maxLength: 200 }, registeredAt: at,
});
