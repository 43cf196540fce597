import { Injectable } from '@nestjs/common';
import { CapacityRequestRepository } from '@accord/evacuations/application';
import { CapacityRequest, routeKey } from '@accord/evacuations/domain';
import { CommandContext, NotFound } from '@accord/shared/kernel';
import { UnitOfWork } from '@accord/shared/messaging';
import { capacityEnvelopes } from './capacity-envelopes';
import { CapacityRequestOrmEntity } from './capacity-request.orm-entity';

/** A request never changes once made (its matches live on the offers), so there is no update path. */
@Injectable()
export class TypeOrmCapacityRequestRepository extends CapacityRequestRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async getById(id: string): Promise<CapacityRequest> {
    const row = await this.uow.manager.findOne(CapacityRequestOrmEntity, { where: { id } });
    if (!row) throw new NotFound('capacity request', id);
    return CapacityRequest.restore(row.id, row.version, row.state);
  }

  async save(request: CapacityRequest, context: CommandContext): Promise<void> {
    const s = request.snapshot;
    await this.uow.manager.getRepository(CapacityRequestOrmEntity).insert({
      id: request.id, operationId: s.operationId, organisationId: s.organisationId, routeKey: routeKey(s), earliestDate: s.earliestDate, latestDate: s.latestDate,
      passengerCount: request.passengerCount, version: request.version, state: s,
    });
    this.uow.collect(capacityEnvelopes(request, context));
    request.markEventsCommitted();
  }
}
