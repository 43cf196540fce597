import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventOrigin, RecommendationRepository } from '@accord/follow-up/application';
import { RECOMMENDATION_STREAM } from '@accord/follow-up/contracts';
import { FollowUpOverdue, Recommendation } from '@accord/follow-up/domain';
import { CLOCK, Clock, NotFound, VersionConflict } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { RecommendationOrmEntity } from './recommendation.orm-entity';

@Injectable()
export class TypeOrmRecommendationRepository extends RecommendationRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async getById(id: string): Promise<Recommendation> {
    const row = await this.uow.manager.findOne(RecommendationOrmEntity, { where: { id } });
    if (!row) throw new NotFound('recommendation', id);
    return Recommendation.restore(row.id, row.version, row.state, this.clock);
  }

  async save(recommendation: Recommendation, origin: EventOrigin): Promise<void> {
    const m = this.uow.manager;
    await this.saveState(m, recommendation);
    await this.saveObligations(m, recommendation);
    await this.saveReminders(m, recommendation);
    this.uow.collect(pendingEnvelopes(recommendation, RECOMMENDATION_STREAM, origin));
    recommendation.markEventsCommitted();
  }

  private async saveState(m: EntityManager, r: Recommendation): Promise<void> {
    const state = r.snapshot;
    const repo = m.getRepository(RecommendationOrmEntity);
    if (r.persistedVersion === 0) {
      await repo.insert({ id: r.id, secretariatId: state.secretariatId, version: r.version, state });
      return;
    }
    const result = await repo.update({ id: r.id, version: r.persistedVersion }, { version: r.version, state });
    if (!result.affected) {
      const current = await repo.findOne({ where: { id: r.id }, select: { version: true } });
      throw new VersionConflict(r.id, r.persistedVersion, current?.version ?? 0);
    }
  }

  private async saveObligations(m: EntityManager, r: Recommendation): Promise<void> {
    const { followUp, dueDate } = r.snapshot;
    const rows = Object.entries(followUp).map(([addresseeId, f]) => ({ addresseeId, reported: f.firstReportAt !== null, lastReminderPeriod: f.lastReminderPeriod }));
    await m.query(
      `INSERT INTO follow_up.obligation (recommendation_id, addressee_id, due_date, reported, last_reminder_period)
       SELECT $1, o."addresseeId", $2::date, o.reported, o."lastReminderPeriod"
       FROM jsonb_to_recordset($3::jsonb) AS o("addresseeId" text, reported boolean, "lastReminderPeriod" int)
       ON CONFLICT (recommendation_id, addressee_id) DO UPDATE SET reported = excluded.reported, last_reminder_period = excluded.last_reminder_period`,
      [r.id, dueDate, JSON.stringify(rows)],
    );
  }

  private async saveReminders(m: EntityManager, r: Recommendation): Promise<void> {
    const overdue = r.pendingEvents().filter((e): e is FollowUpOverdue => e.type === 'FollowUpOverdue');
    for (const { data } of overdue) {
      await m.query(`INSERT INTO follow_up.reminder (recommendation_id, addressee_id, period_index, raised_at) VALUES ($1, $2, $3, $4)`, [
        data.recommendationId,
        data.addresseeId,
        data.periodIndex,
        data.raisedAt,
      ]);
    }
  }
}
