import { Inject, Injectable } from '@nestjs/common';
import { LocalActionRepository } from '@accord/local-actions/application';
import { LocalAction } from '@accord/local-actions/domain';
import { LOCAL_ACTION_STREAM } from '@accord/local-actions/contracts';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { CLOCK, Clock, CommandContext, NotFound, VersionConflict } from '@accord/shared/kernel';
import { LocalActionOrmEntity } from './local-action.orm-entity';

@Injectable()
export class TypeOrmLocalActionRepository extends LocalActionRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async getById(id: string): Promise<LocalAction> {
    const row = await this.uow.manager.findOne(LocalActionOrmEntity, { where: { id } });
    if (!row) throw new NotFound('local action', id);
    return LocalAction.restore(row.id, row.version, row.state, this.clock);
  }

  async save(action: LocalAction, context: CommandContext): Promise<void> {
    const state = action.snapshot;
    const repo = this.uow.manager.getRepository(LocalActionOrmEntity);
    if (action.persistedVersion === 0) {
      await repo.insert({ id: action.id, cityOrganisationId: state.city.organisationId, version: action.version, state });
    } else {
      const result = await repo.update({ id: action.id, version: action.persistedVersion }, { version: action.version, state });
      if (!result.affected) {
        const current = await repo.findOne({ where: { id: action.id }, select: { version: true } });
        throw new VersionConflict(action.id, action.persistedVersion, current?.version ?? 0);
      }
    }
    this.uow.collect(pendingEnvelopes(action, LOCAL_ACTION_STREAM, context));
    action.markEventsCommitted();
  }
}
