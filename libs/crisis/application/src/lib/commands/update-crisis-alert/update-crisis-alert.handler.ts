import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VersionConflict } from '@accord/shared/kernel';
import { CrisisAlertRepository } from '../../ports/crisis-alert.repository';
import { Saved } from '../saved';
import { UpdateCrisisAlertCommand } from './update-crisis-alert.command';

@CommandHandler(UpdateCrisisAlertCommand)
export class UpdateCrisisAlertHandler implements ICommandHandler<UpdateCrisisAlertCommand, Saved> {
  constructor(private readonly alerts: CrisisAlertRepository) {}

  async execute({ context, alertId, terms, expectedVersion }: UpdateCrisisAlertCommand): Promise<Saved> {
    const alert = await this.alerts.getById(alertId);
    if (expectedVersion !== undefined && expectedVersion !== alert.version) throw new VersionConflict(alertId, expectedVersion, alert.version);
    alert.update(context.actor.organisationId, terms);
    await this.alerts.save(alert, context);
    return { id: alert.id, version: alert.version };
  }
}
