import { Inject, Injectable } from '@nestjs/common';
import { ConsultationRepository, EventOrigin } from '@accord/follow-up/application';
import { CONSULTATION_STREAM } from '@accord/follow-up/contracts';
import { EmergencyConsultation } from '@accord/follow-up/domain';
import { CLOCK, Clock, NotFound, VersionConflict } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { ConsultationOrmEntity } from './consultation.orm-entity';

@Injectable()
export class TypeOrmConsultationRepository extends ConsultationRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async getById(id: string): Promise<EmergencyConsultation> {
    const row = await this.uow.manager.findOne(ConsultationOrmEntity, { where: { id } });
    if (!row) throw new NotFound('consultation', id);
    return EmergencyConsultation.restore(row.id, row.version, row.state, this.clock);
  }

  async save(c: EmergencyConsultation, origin: EventOrigin): Promise<void> {
    const state = c.snapshot;
    const repo = this.uow.manager.getRepository(ConsultationOrmEntity);
    if (c.persistedVersion === 0) {
      const row = { id: c.id, alertId: state.alertId, secretariatId: state.secretariatId, invitedStateIds: [...state.invitedStateIds], scheduledAt: new Date(state.scheduledAt) };
      await repo.insert({ ...row, version: c.version, state });
    } else {
      const result = await repo.update({ id: c.id, version: c.persistedVersion }, { version: c.version, state });
      if (!result.affected) {
        const current = await repo.findOne({ where: { id: c.id }, select: { version: true } });
        throw new VersionConflict(c.id, c.persistedVersion, current?.version ?? 0);
      }
    }
    this.uow.collect(pendingEnvelopes(c, CONSULTATION_STREAM, origin));
    c.markEventsCommitted();
  }
}
