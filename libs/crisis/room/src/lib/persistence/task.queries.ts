import { Injectable } from '@nestjs/common';
import { readPage } from '@accord/shared/persistence';
import { DataSource } from 'typeorm';
import { Page, TaskView } from '@accord/crisis/contracts/views';
import { iso, isoOrNull } from './alert.row';

interface TaskRow {
  alert_id: string;
  organisation_id: string;
  kind: TaskView['kind'];
  status: TaskView['status'];
  opened_at: Date | string;
  closed_at: Date | string | null;
  headline: string | null;
  country: string | null;
}

const TASK_SELECT = `SELECT t.*, a.headline, a.country FROM crisis_room.task t LEFT JOIN crisis_room.alert a ON a.id = t.alert_id`;

@Injectable()
export class TaskQueries {
  constructor(private readonly db: DataSource) {}

  async openFor(organisationId: string, page: number, pageSize: number): Promise<Page<TaskView>> {
    const where = `WHERE t.organisation_id = $1 AND t.status = 'open'`;
    const { rows, total } = await readPage<TaskRow>(this.db, {
      rows: `${TASK_SELECT} ${where} ORDER BY t.opened_at DESC, t.alert_id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      count: `SELECT count(*)::int AS total FROM crisis_room.task t ${where}`,
      params: [organisationId],
    });
    return { items: rows.map(toTaskView), total, page, pageSize };
  }

  /** Tasks an event opened (still open): the exposure notifications to send after its commit. */
  async openedBy(eventId: string): Promise<TaskView[]> {
    const rows: TaskRow[] = await this.db.query(`${TASK_SELECT} WHERE t.opened_by_event = $1 AND t.status = 'open' ORDER BY t.organisation_id`, [eventId]);
    return rows.map(toTaskView);
  }

  async find(alertId: string, organisationId: string): Promise<TaskView | null> {
    const rows: TaskRow[] = await this.db.query(`${TASK_SELECT} WHERE t.alert_id = $1 AND t.organisation_id = $2`, [alertId, organisationId]);
    return rows[0] ? toTaskView(rows[0]) : null;
  }
}

function toTaskView(r: TaskRow): TaskView {
  return {
    alertId: r.alert_id,
    organisationId: r.organisation_id,
    kind: r.kind,
    status: r.status,
    openedAt: iso(r.opened_at),
    closedAt: isoOrNull(r.closed_at),
    alertHeadline: r.headline,
    alertCountry: r.country,
  };
}
