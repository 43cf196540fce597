import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { CaseAccessLog } from '../../ports/case-access-log';
import { CaseVault } from '../../ports/case-vault';
import { ConsularRequestRepository } from '../../ports/consular-request.repository';
import { ConsularSettings } from '../../ports/consular-settings';
import { ConsularSaved } from '../saved';
import { PurgeConsularCaseDataCommand } from './purge-consular-case-data.command';

@CommandHandler(PurgeConsularCaseDataCommand)
export class PurgeConsularCaseDataHandler implements ICommandHandler<PurgeConsularCaseDataCommand, ConsularSaved> {
  constructor(
    private readonly requests: ConsularRequestRepository,
    private readonly vault: CaseVault,
    private readonly audit: CaseAccessLog,
    private readonly settings: ConsularSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ context, requestId }: PurgeConsularCaseDataCommand): Promise<ConsularSaved> {
    const request = await this.requests.getById(requestId);
    request.markCaseDataPurged(this.settings.retentionMs);
    await this.vault.purge(requestId);
    await this.requests.save(request, context);
    await this.audit.record({
      personId: context.actor.personId, organisationId: context.actor.organisationId, requestId, caseIds: request.snapshot.cases.map((c) => c.caseId),
      action: 'purge', purpose: 'retention', legalBases: [], at: this.clock.now(),
    });
    return { id: request.id, version: request.version };
  }
}
