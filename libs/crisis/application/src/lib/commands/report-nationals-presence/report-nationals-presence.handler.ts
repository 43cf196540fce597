import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PresenceReport } from '@accord/crisis/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { CrisisAlertRepository } from '../../ports/crisis-alert.repository';
import { PresenceReportRepository } from '../../ports/presence-report.repository';
import { actingOrganisation } from '../acting-organisation';
import { Saved } from '../saved';
import { ReportNationalsPresenceCommand } from './report-nationals-presence.command';

@CommandHandler(ReportNationalsPresenceCommand)
export class ReportNationalsPresenceHandler implements ICommandHandler<ReportNationalsPresenceCommand, Saved> {
  constructor(private readonly alerts: CrisisAlertRepository, private readonly reports: PresenceReportRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, alertId, places, needs }: ReportNationalsPresenceCommand): Promise<Saved> {
    const org = actingOrganisation(context);
    const alert = await this.alerts.getById(alertId);
    const report = PresenceReport.report(randomUUID(), alert, { organisationId: org.id, kind: org.kind }, places, needs, this.clock);
    await this.reports.save(report, context);
    return { id: report.id, version: report.version };
  }
}
