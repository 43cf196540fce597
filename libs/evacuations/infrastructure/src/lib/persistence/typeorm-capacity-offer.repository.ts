import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CapacityOfferRepository } from '@accord/evacuations/application';
import { CapacityOffer, routeKey } from '@accord/evacuations/domain';
import { CLOCK, Clock, CommandContext, NotFound, VersionConflict } from '@accord/shared/kernel';
import { UnitOfWork } from '@accord/shared/messaging';
import { capacityEnvelopes } from './capacity-envelopes';
import { CapacityOfferOrmEntity } from './capacity-offer.orm-entity';

@Injectable()
export class TypeOrmCapacityOfferRepository extends CapacityOfferRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async getById(id: string): Promise<CapacityOffer> {
    const row = await this.uow.manager.findOne(CapacityOfferOrmEntity, { where: { id } });
    if (!row) throw new NotFound('capacity offer', id);
    return CapacityOffer.restore(row.id, row.version, row.state, this.clock);
  }

  async save(offer: CapacityOffer, context: CommandContext): Promise<void> {
    const m = this.uow.manager;
    await this.saveState(m, offer);
    await this.saveMatches(m, offer);
    this.uow.collect(capacityEnvelopes(offer, context));
    offer.markEventsCommitted();
  }

  private async saveState(m: EntityManager, offer: CapacityOffer): Promise<void> {
    const state = offer.snapshot;
    const repo = m.getRepository(CapacityOfferOrmEntity);
    if (offer.persistedVersion === 0) {
      const row = { id: offer.id, operationId: state.operationId, organisationId: state.organisationId, routeKey: routeKey(state), departureDate: state.departureDate, seats: state.seats };
      await repo.insert({ ...row, allocatedSeats: offer.allocatedSeats, version: offer.version, state });
      return;
    }
    // The version check is what keeps two matches racing for the last seats from both being saved.
    const result = await repo.update({ id: offer.id, version: offer.persistedVersion }, { version: offer.version, allocatedSeats: offer.allocatedSeats, state });
    if (!result.affected) {
      const current = await repo.findOne({ where: { id: offer.id }, select: { version: true } });
      throw new VersionConflict(offer.id, offer.persistedVersion, current?.version ?? 0);
    }
  }

  private async saveMatches(m: EntityManager, offer: CapacityOffer): Promise<void> {
    const { matches, operationId } = offer.snapshot;
    const rows = Object.entries(matches).map(([id, x]) => ({ id, requestId: x.requestId, seats: x.seats, status: x.status, matchedAt: x.matchedAt }));
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO evacuations.capacity_match (id, offer_id, request_id, operation_id, seats, status, matched_at)
       SELECT x.id, $1, x."requestId", $2, x.seats, x.status, x."matchedAt"
       FROM jsonb_to_recordset($3::jsonb) AS x(id uuid, "requestId" uuid, seats int, status text, "matchedAt" timestamptz)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status`,
      [offer.id, operationId, JSON.stringify(rows)],
    );
  }
}
