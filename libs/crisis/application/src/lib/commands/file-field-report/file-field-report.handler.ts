import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FieldReport } from '@accord/crisis/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { CrisisAlertRepository } from '../../ports/crisis-alert.repository';
import { FieldReportRepository } from '../../ports/field-report.repository';
import { actingOrganisation } from '../acting-organisation';
import { Saved } from '../saved';
import { FileFieldReportCommand } from './file-field-report.command';

/** Reads the alert (never changes it) and files one report. */
@CommandHandler(FileFieldReportCommand)
export class FileFieldReportHandler implements ICommandHandler<FileFieldReportCommand, Saved> {
  constructor(private readonly alerts: CrisisAlertRepository, private readonly reports: FieldReportRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, alertId, observation }: FileFieldReportCommand): Promise<Saved> {
    const org = actingOrganisation(context);
    const alert = await this.alerts.getById(alertId);
    const report = FieldReport.file(randomUUID(), alert, { organisationId: org.id, kind: org.kind }, observation, this.clock);
    await this.reports.save(report, context);
    return { id: report.id, version: report.version };
  }
}
