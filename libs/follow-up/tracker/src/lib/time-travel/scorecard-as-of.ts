import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { CLOCK, Clock, InvalidInput } from '@accord/shared/kernel';
import { ScorecardGrouping } from '../persistence/scorecard.queries';
import { Scorecard } from '@accord/follow-up/contracts/views';
import { ScorecardReplay } from './scorecard-replay';

/** A calendar day (YYYY-MM-DD) or an ISO 8601 timestamp with a zone. */
export const AS_OF_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Scorecards as they stood at an instant, replayed from tracker.event_history (the tracker's copy of
 * the log) through ScorecardReplay, not read from the live tables. "As of a day" is the end of that
 * day (UTC), or now for today; a later instant has no scorecard yet and is refused.
 */
@Injectable()
export class ScorecardAsOfQueries {
  constructor(private readonly db: DataSource, @Inject(CLOCK) private readonly clock: Clock) {}

  async scorecards(by: ScorecardGrouping, asOf: string): Promise<Scorecard[]> {
    const at = this.instant(asOf);
    const rows: { envelope: EventEnvelope }[] = await this.db.query(`SELECT envelope FROM tracker.event_history WHERE occurred_at <= $1 ORDER BY seq`, [at.toISOString()]);
    return new ScorecardReplay(rows.map((r) => r.envelope)).scorecards(by, at.toISOString().slice(0, 10));
  }

  /** The instant `asOf` stands for (end of the day, UTC, or now for today); 400 for a bad or future one. */
  instant(asOf: string): Date {
    const now = this.clock.now();
    const day = asOf.length === 10;
    const at = day ? new Date(`${asOf}T23:59:59.999Z`) : new Date(asOf);
    if (Number.isNaN(at.getTime())) throw new InvalidInput('asOf', 'asOf is not a real date');
    if (day ? asOf > now.toISOString().slice(0, 10) : at.getTime() > now.getTime()) throw new InvalidInput('asOf', 'asOf is in the future: scorecards exist up to now');
    return at.getTime() > now.getTime() ? now : at;
  }
}
