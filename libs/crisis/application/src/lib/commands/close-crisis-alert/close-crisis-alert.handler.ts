import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VersionConflict } from '@accord/shared/kernel';
import { CrisisAlertRepository } from '../../ports/crisis-alert.repository';
import { Saved } from '../saved';
import { CloseCrisisAlertCommand } from './close-crisis-alert.command';

@CommandHandler(CloseCrisisAlertCommand)
export class CloseCrisisAlertHandler implements ICommandHandler<CloseCrisisAlertCommand, Saved> {
  constructor(private readonly alerts: CrisisAlertRepository) {}

  async execute({ context, alertId, reason, note, expectedVersion }: CloseCrisisAlertCommand): Promise<Saved> {
    const alert = await this.alerts.getById(alertId);
    if (expectedVersion !== undefined && expectedVersion !== alert.version) throw new VersionConflict(alertId, expectedVersion, alert.version);
    alert.close(context.actor.organisationId, reason, note);
    await this.alerts.save(alert, context);
    return { id: alert.id, version: alert.version };
  }
}
