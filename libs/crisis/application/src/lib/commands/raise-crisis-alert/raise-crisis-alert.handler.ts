import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CrisisAlert } from '@accord/crisis/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { CrisisAlertRepository } from '../../ports/crisis-alert.repository';
import { actingOrganisation } from '../acting-organisation';
import { Saved } from '../saved';
import { RaiseCrisisAlertCommand } from './raise-crisis-alert.command';

@CommandHandler(RaiseCrisisAlertCommand)
export class RaiseCrisisAlertHandler implements ICommandHandler<RaiseCrisisAlertCommand, Saved> {
  constructor(private readonly alerts: CrisisAlertRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, terms, cap }: RaiseCrisisAlertCommand): Promise<Saved> {
    const org = actingOrganisation(context);
    const alert = CrisisAlert.raise(randomUUID(), { organisationId: org.id, name: org.name, kind: org.kind }, terms, this.clock, cap);
    await this.alerts.save(alert, context);
    return { id: alert.id, version: alert.version };
  }
}
