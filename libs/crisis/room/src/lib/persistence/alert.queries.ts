import { Injectable } from '@nestjs/common';
import { readPage } from '@accord/shared/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AlertHistoryEntry, AlertListEntry, AlertPublicView, Page } from '@accord/crisis/contracts/views';
import { AlertListFilter, alertListWhere } from './alert-list.filter';
import { AlertRow, toListEntry, toPublicView } from './alert.row';

type Reader = Pick<EntityManager, 'query'>;

@Injectable()
export class AlertQueries {
  constructor(private readonly db: DataSource) {}

  async page(filter: AlertListFilter): Promise<Page<AlertListEntry>> {
    const { sql, params } = alertListWhere(filter);
    const offset = (filter.page - 1) * filter.pageSize;
    const { rows, total } = await readPage<AlertRow>(this.db, {
      rows: `SELECT * FROM crisis_room.alert ${sql} ORDER BY raised_at DESC, id LIMIT ${filter.pageSize} OFFSET ${offset}`,
      count: `SELECT count(*)::int AS total FROM crisis_room.alert ${sql}`,
      params,
    });
    return { items: rows.map(toListEntry), total, page: filter.page, pageSize: filter.pageSize };
  }

  async row(id: string, reader: Reader = this.db): Promise<AlertRow | null> {
    const rows: AlertRow[] = await reader.query(`SELECT * FROM crisis_room.alert WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async listEntry(id: string): Promise<AlertListEntry | null> {
    const row = await this.row(id);
    return row ? toListEntry(row) : null;
  }

  async publicView(id: string): Promise<AlertPublicView | null> {
    const row = await this.row(id);
    if (!row) return null;
    const history: { entry: AlertHistoryEntry }[] = await this.db.query(
      'SELECT entry FROM crisis_room.alert_history WHERE alert_id = $1 ORDER BY aggregate_version',
      [id],
    );
    return toPublicView(row, history.map((h) => h.entry));
  }

  /** Open alerts in a country: a consular request without an alert id belongs to their rooms. */
  async openIn(country: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM crisis_room.alert WHERE country = $1 AND status <> 'closed'`, [country]);
    return rows.map((r) => r.id);
  }
}
