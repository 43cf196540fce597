import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsentBasisNeedsConsent, ConsularRequest } from '@accord/consular/domain';
import { BusinessRuleViolation, CLOCK, Clock } from '@accord/shared/kernel';
import { CaseAccessLog } from '../../ports/case-access-log';
import { CaseVault } from '../../ports/case-vault';
import { ConsularRequestRepository } from '../../ports/consular-request.repository';
import { RoutingPlanner } from '../../routing/routing-planner';
import { actingOrganisation } from '../acting-organisation';
import { ConsularSaved } from '../saved';
import { RaiseConsularRequestCommand } from './raise-consular-request.command';

@CommandHandler(RaiseConsularRequestCommand)
export class RaiseConsularRequestHandler implements ICommandHandler<RaiseConsularRequestCommand, ConsularSaved> {
  constructor(
    private readonly requests: ConsularRequestRepository,
    private readonly vault: CaseVault,
    private readonly audit: CaseAccessLog,
    private readonly planner: RoutingPlanner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(c: RaiseConsularRequestCommand): Promise<ConsularSaved> {
    const org = actingOrganisation(c.context);
    const consent = new ConsentBasisNeedsConsent(c.cases);
    if (consent.isBroken()) throw new BusinessRuleViolation(consent);
    const cases = c.cases.map((person) => ({ ...person, caseId: randomUUID() }));
    const routing = await this.planner.plan(org.id, c.country, c.services, []);
    const terms = { country: c.country, alertId: c.alertId, nationalsCount: c.nationalsCount, services: c.services, caseIds: cases.map((x) => x.caseId) };
    const request = ConsularRequest.raise(randomUUID(), { organisationId: org.id, kind: org.kind }, terms, routing, this.clock);
    await this.requests.save(request, c.context);
    await this.vault.store(request.id, cases);
    await this.audit.record({
      personId: c.context.actor.personId, organisationId: org.id, requestId: request.id, caseIds: terms.caseIds, action: 'store',
      purpose: 'consular_assistance', legalBases: [...new Set(cases.map((x) => x.legalBasis))], at: this.clock.now(),
    });
    return { id: request.id, version: request.version };
  }
}
