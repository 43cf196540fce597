import { AggregateRoot, Clock } from '@accord/shared/kernel';
import { ConsularMissionRegistered } from './consular-events';
import { OnlyStatesActConsularly } from './rules/only-states-act-consularly.rule';

export interface MissionState {
  stateOrganisationId: string;
  country: string;
  city: string;
}

/** Where a State has an embassy or consulate able to act. */
export class ConsularMission extends AggregateRoot<ConsularMissionRegistered> {
  private constructor(id: string, version: number, readonly state: MissionState) {
    super(id, version);
  }

  static register(id: string, owner: { organisationId: string; kind: string }, country: string, city: string, clock: Clock): ConsularMission {
    const mission = new ConsularMission(id, 0, { stateOrganisationId: owner.organisationId, country, city });
    mission.checkRule(new OnlyStatesActConsularly(owner.kind));
    mission.record({ type: 'ConsularMissionRegistered', data: { missionId: id, stateOrganisationId: owner.organisationId, country, city, registeredAt: clock.now().toISOString() } });
    return mission;
  }
}
