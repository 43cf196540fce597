import { Injectable } from '@nestjs/common';
import { FieldReportRepository } from '@accord/crisis/application';
import { FIELD_REPORT_STREAM } from '@accord/crisis/contracts';
import { FieldReport } from '@accord/crisis/domain';
import { CommandContext } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { FieldReportOrmEntity } from './field-report.orm-entity';

/** Reports are never changed: a monitor files a new one for a new observation. */
@Injectable()
export class TypeOrmFieldReportRepository extends FieldReportRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async save(report: FieldReport, context: CommandContext): Promise<void> {
    const s = report.snapshot;
    await this.uow.manager.getRepository(FieldReportOrmEntity).insert({ id: report.id, alertId: s.alertId, monitorOrganisationId: s.monitorOrganisationId, state: s, filedAt: new Date(s.filedAt) });
    this.uow.collect(pendingEnvelopes(report, FIELD_REPORT_STREAM, context));
    report.markEventsCommitted();
  }
}
