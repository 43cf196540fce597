import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { LinkCounts, ObligationCounts, toScorecards } from '../time-travel/scorecard-counts';
import { Scorecard } from '@accord/follow-up/contracts/views';

export type ScorecardGrouping = 'process' | 'addressee';

const KEY: Record<ScorecardGrouping, string> = { process: 'r.process', addressee: 'a.addressee_id' };

/** Scorecards are computed on read from the event-built tables, so they are as fresh as the tracker. */
@Injectable()
export class ScorecardQueries {
  constructor(private readonly db: DataSource, @Inject(CLOCK) private readonly clock: Clock) {}

  async scorecards(by: ScorecardGrouping): Promise<Scorecard[]> {
    const key = KEY[by];
    const today = this.clock.now().toISOString().slice(0, 10);
    // An obligation counts toward "on time" once it was due or was reported, whichever first.
    const obligations: ObligationCounts[] = await this.db.query(
      `SELECT ${key} AS key, count(*)::int AS obligations, count(a.response)::int AS responded,
         count(*) FILTER (WHERE r.due_date < $1::date OR a.first_report_at IS NOT NULL)::int AS due,
         count(*) FILTER (WHERE a.first_report_on_time)::int AS on_time
       FROM tracker.addressee a JOIN tracker.recommendation r ON r.id = a.recommendation_id GROUP BY ${key} ORDER BY ${key}`,
      [today],
    );
    const links: LinkCounts[] = await this.db.query(
      `SELECT ${key} AS key, count(DISTINCT l.commitment_id)::int AS linked,
         count(DISTINCT l.commitment_id) FILTER (WHERE s.status = 'fulfilled')::int AS fulfilled
       FROM tracker.linked_commitment l JOIN tracker.recommendation r ON r.id = l.recommendation_id
       JOIN tracker.addressee a ON a.recommendation_id = l.recommendation_id AND a.addressee_id = l.addressee_id
       LEFT JOIN tracker.commitment_status s ON s.commitment_id = l.commitment_id GROUP BY ${key}`,
    );
    return toScorecards(obligations, links);
  }
}
