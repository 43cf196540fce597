import { Inject, Injectable } from '@nestjs/common';
import { readPage } from '@accord/shared/persistence';
import { DataSource } from 'typeorm';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { Page, TrackerRow } from '@accord/follow-up/contracts/views';
import { TrackerFilter, trackerWhere } from './tracker.filter';
import { TRACKER_ROW_COLUMNS, TrackerRowRecord, toTrackerRow } from './tracker-row.mapper';

const FROM = 'FROM tracker.addressee a JOIN tracker.recommendation r ON r.id = a.recommendation_id';

@Injectable()
export class TrackerQueries {
  constructor(private readonly db: DataSource, @Inject(CLOCK) private readonly clock: Clock) {}

  async page(filter: TrackerFilter): Promise<Page<TrackerRow>> {
    const { sql, params } = trackerWhere(filter, this.today());
    const offset = (filter.page - 1) * filter.pageSize;
    const { rows, total } = await readPage<TrackerRowRecord>(this.db, {
      rows: `SELECT ${TRACKER_ROW_COLUMNS} ${FROM} ${sql} ORDER BY r.due_date, r.issued_at, r.id, a.addressee_id LIMIT ${filter.pageSize} OFFSET ${offset}`,
      // The CTE types $1 (today) for a count whose filters may not use it.
      count: `WITH p AS (SELECT $1::date AS today) SELECT count(*)::int AS total ${FROM} ${sql}`,
      params,
    });
    return { items: rows.map(toTrackerRow), total, page: filter.page, pageSize: filter.pageSize };
  }

  async rowsOf(recommendationId: string, addresseeId?: string): Promise<TrackerRow[]> {
    return (await this.page({ recommendationId, addresseeId, page: 1, pageSize: 100 })).items;
  }

  today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }
}
