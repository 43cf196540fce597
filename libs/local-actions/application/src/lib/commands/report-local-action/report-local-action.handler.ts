import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LocalAction } from '@accord/local-actions/domain';
import { CLOCK, Clock, InvalidInput } from '@accord/shared/kernel';
import { LocalActionSaved } from '../../local-action-saved';
import { LocalActionRepository } from '../../ports/local-action.repository';
import { ReportLocalActionCommand } from './report-local-action.command';

@CommandHandler(ReportLocalActionCommand)
export class ReportLocalActionHandler implements ICommandHandler<ReportLocalActionCommand, LocalActionSaved> {
  constructor(private readonly actions: LocalActionRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, details }: ReportLocalActionCommand): Promise<LocalActionSaved> {
    const org = context.actor.organisation;
    if (!org) throw new InvalidInput('organisation', 'the token does not describe the organisation you act for');
    const city = { organisationId: org.id, name: org.name, kind: org.kind, country: org.country };
    const action = LocalAction.report(randomUUID(), city, details, this.clock);
    await this.actions.save(action, context);
    return { id: action.id, version: action.version };
  }
}
