import { Injectable } from '@nestjs/common';
import { PresenceReportRepository } from '@accord/crisis/application';
import { PRESENCE_REPORT_STREAM } from '@accord/crisis/contracts';
import { PresenceReport } from '@accord/crisis/domain';
import { CommandContext } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { PresenceReportOrmEntity } from './presence-report.orm-entity';

/** Reports are never changed: a State sends a new one when its numbers change. */
@Injectable()
export class TypeOrmPresenceReportRepository extends PresenceReportRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async save(report: PresenceReport, context: CommandContext): Promise<void> {
    const s = report.snapshot;
    await this.uow.manager.getRepository(PresenceReportOrmEntity).insert({
      id: report.id, alertId: s.alertId, stateOrganisationId: s.stateOrganisationId, country: s.country, total: s.total, state: s, reportedAt: new Date(s.reportedAt),
    });
    this.uow.collect(pendingEnvelopes(report, PRESENCE_REPORT_STREAM, context));
    report.markEventsCommitted();
  }
}
