import { Inject, Injectable } from '@nestjs/common';
import { EvacuationOperationRepository } from '@accord/evacuations/application';
import { EVACUATION_OPERATION_STREAM } from '@accord/evacuations/contracts';
import { EvacuationOperation } from '@accord/evacuations/domain';
import { newEnvelope } from '@accord/shared/contracts';
import { CLOCK, Clock, CommandContext, NotFound, VersionConflict } from '@accord/shared/kernel';
import { UnitOfWork } from '@accord/shared/messaging';
import { EvacuationOperationOrmEntity } from './evacuation-operation.orm-entity';

@Injectable()
export class TypeOrmEvacuationOperationRepository extends EvacuationOperationRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async getById(id: string): Promise<EvacuationOperation> {
    const row = await this.uow.manager.findOne(EvacuationOperationOrmEntity, { where: { id } });
    if (!row) throw new NotFound('evacuation operation', id);
    return EvacuationOperation.restore(row.id, row.version, row.state, this.clock);
  }

  async save(op: EvacuationOperation, context: CommandContext): Promise<void> {
    const state = op.snapshot;
    const repo = this.uow.manager.getRepository(EvacuationOperationOrmEntity);
    if (op.persistedVersion === 0) {
      await repo.insert({ id: op.id, alertId: state.alertId, operatorOrganisationId: state.operator, version: op.version, state });
    } else {
      const result = await repo.update({ id: op.id, version: op.persistedVersion }, { version: op.version, state });
      if (!result.affected) {
        const current = await repo.findOne({ where: { id: op.id }, select: { version: true } });
        throw new VersionConflict(op.id, op.persistedVersion, current?.version ?? 0);
      }
    }
    const first = op.persistedVersion + 1;
    this.uow.collect(
      op.pendingEvents().map((e, i) =>
        newEnvelope({
          type: e.type, version: 1, stream: EVACUATION_OPERATION_STREAM, aggregateId: op.id, aggregateVersion: first + i, payload: e.data,
          actor: { personId: context.actor.personId, organisationId: context.actor.organisationId }, correlationId: context.correlationId,
        }),
      ),
    );
    op.markEventsCommitted();
  }
}
