import { Inject, Injectable } from '@nestjs/common';
import { CrisisAlertRepository } from '@accord/crisis/application';
import { CRISIS_ALERT_STREAM } from '@accord/crisis/contracts';
import { CrisisAlert } from '@accord/crisis/domain';
import { CLOCK, Clock, CommandContext, NotFound, VersionConflict } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { CrisisAlertOrmEntity } from './crisis-alert.orm-entity';

@Injectable()
export class TypeOrmCrisisAlertRepository extends CrisisAlertRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async getById(id: string): Promise<CrisisAlert> {
    const row = await this.uow.manager.findOne(CrisisAlertOrmEntity, { where: { id } });
    if (!row) throw new NotFound('crisis alert', id);
    return CrisisAlert.restore(row.id, row.version, row.state, this.clock);
  }

  async save(alert: CrisisAlert, context: CommandContext): Promise<void> {
    const state = alert.snapshot;
    const repo = this.uow.manager.getRepository(CrisisAlertOrmEntity);
    if (alert.persistedVersion === 0) {
      await repo.insert({ id: alert.id, issuerOrganisationId: state.issuer.organisationId, country: state.country, status: state.status, version: alert.version, state });
    } else {
      const result = await repo.update({ id: alert.id, version: alert.persistedVersion }, { country: state.country, status: state.status, version: alert.version, state });
      if (!result.affected) {
        const current = await repo.findOne({ where: { id: alert.id }, select: { version: true } });
        throw new VersionConflict(alert.id, alert.persistedVersion, current?.version ?? 0);
      }
    }
    this.uow.collect(pendingEnvelopes(alert, CRISIS_ALERT_STREAM, context));
    alert.markEventsCommitted();
  }
}
