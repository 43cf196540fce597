import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OverdueCandidate, OverdueCandidates } from '@accord/follow-up/application';

@Injectable()
export class TypeOrmOverdueCandidates extends OverdueCandidates {
  constructor(private readonly db: DataSource) {
    super();
  }

  async dueBefore(today: string, limit: number): Promise<OverdueCandidate[]> {
    const rows: { recommendation_id: string; addressee_id: string; due_date: string; last_reminder_period: number }[] = await this.db.query(
      `SELECT recommendation_id, addressee_id, due_date::text AS due_date, last_reminder_period FROM follow_up.obligation
       WHERE NOT reported AND due_date < $1::date ORDER BY due_date, recommendation_id, addressee_id LIMIT $2`,
      [today, limit],
    );
    return rows.map((r) => ({ recommendationId: r.recommendation_id, addresseeId: r.addressee_id, dueDate: r.due_date, lastReminderPeriod: r.last_reminder_period }));
  }
}
