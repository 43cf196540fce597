import { Injectable } from '@nestjs/common';
import { readPage } from '@accord/shared/persistence';
import { DataSource } from 'typeorm';
import { LocalActionPage, LocalActionView } from '../local-action-view';
import { feedWhere, LocalActionFeedFilter } from './local-action-feed.filter';
import { LOCAL_ACTION_VIEW_COLUMNS, LocalActionViewRow, toLocalActionView } from './local-action-view.row';

@Injectable()
export class LocalActionFeedQueries {
  constructor(private readonly db: DataSource) {}

  async page(filter: LocalActionFeedFilter): Promise<LocalActionPage> {
    const { sql, params } = feedWhere(filter);
    const offset = (filter.page - 1) * filter.pageSize;
    const { rows, total } = await readPage<LocalActionViewRow>(this.db, {
      rows: `SELECT ${LOCAL_ACTION_VIEW_COLUMNS} FROM local_action_feed.local_action_view ${sql} ORDER BY reported_at DESC, id LIMIT ${filter.pageSize} OFFSET ${offset}`,
      count: `SELECT count(*)::int AS total FROM local_action_feed.local_action_view ${sql}`,
      params,
    });
    return { items: rows.map(toLocalActionView), total, page: filter.page, pageSize: filter.pageSize };
  }

  async find(id: string): Promise<LocalActionView | null> {
    const rows: LocalActionViewRow[] = await this.db.query(`SELECT ${LOCAL_ACTION_VIEW_COLUMNS} FROM local_action_feed.local_action_view WHERE id = $1`, [id]);
    return rows[0] ? toLocalActionView(rows[0]) : null;
  }
}
