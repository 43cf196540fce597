import { Inject, Injectable } from '@nestjs/common';
import { ConsularService, eligiblePartners, RoutingOptions } from '@accord/consular/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { ConsularAgreementRepository } from '../ports/consular-agreement.repository';
import { ConsularMissionRepository } from '../ports/consular-mission.repository';
import { ConsularSettings } from '../ports/consular-settings';
import { EnforcementDirectory } from '../ports/enforcement-directory';

/** Gathers agreements and missions for the domain's routing rule; enforcement bodies are never candidates. */
@Injectable()
export class RoutingPlanner {
  constructor(
    private readonly agreements: ConsularAgreementRepository,
    private readonly missions: ConsularMissionRepository,
    private readonly enforcement: EnforcementDirectory,
    private readonly settings: ConsularSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async plan(requester: string, country: string, services: readonly ConsularService[], tried: readonly string[]): Promise<RoutingOptions> {
    const [agreements, statesWithMission, enforcement] = await Promise.all([this.agreements.covering(country), this.missions.statesWithMissionIn(country), this.enforcement.all()]);
    const candidates = eligiblePartners({ requester, country, services, at: this.clock.now(), agreements, statesWithMission, excluded: [...tried, ...enforcement] });
    return { candidates, fallbackAgency: this.settings.fallbackAgency, answerWindowMs: this.settings.answerWindowMs };
  }
}
