import { Injectable } from '@nestjs/common';
import { ConsularMissionRepository } from '@accord/consular/application';
import { CONSULAR_MISSION_STREAM } from '@accord/consular/contracts';
import { ConsularMission } from '@accord/consular/domain';
import { CommandContext } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { ConsularMissionOrmEntity } from './consular-mission.orm-entity';

@Injectable()
export class TypeOrmConsularMissionRepository extends ConsularMissionRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async save(mission: ConsularMission, context: CommandContext): Promise<void> {
    await this.uow.manager.getRepository(ConsularMissionOrmEntity).insert({ id: mission.id, ...mission.state });
    this.uow.collect(pendingEnvelopes(mission, CONSULAR_MISSION_STREAM, context));
    mission.markEventsCommitted();
  }

  async statesWithMissionIn(country: string): Promise<string[]> {
    const rows: { id: string }[] = await this.uow.manager.query('SELECT DISTINCT state_organisation_id AS id FROM consular.mission WHERE country = $1', [country]);
    return rows.map((r) => r.id);
  }
}
