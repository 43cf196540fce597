import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readPage } from '@accord/shared/persistence';
import { NotFound } from '@accord/shared/kernel';
import { FollowTargetKind } from '@accord/subscriptions/domain';
import { returnedRows } from '../persistence/returned-rows';
import { FollowNotificationPage, FollowNotificationView } from '../subscription-views';

interface NotificationRecord {
  id: string;
  event_id: string;
  person_id: string;
  type: string;
  aggregate_id: string;
  target_kind: FollowTargetKind;
  target_id: string;
  at: Date;
  detail: Record<string, unknown>;
  read_at: Date | null;
}

const COLUMNS = 'id, event_id, person_id, type, aggregate_id, target_kind, target_id, at, detail, read_at';
const toView = (r: NotificationRecord): FollowNotificationView => ({
  id: r.id,
  eventId: r.event_id,
  type: r.type,
  aggregateId: r.aggregate_id,
  target: { kind: r.target_kind, id: r.target_id },
  at: new Date(r.at).toISOString(),
  detail: r.detail,
  read: r.read_at !== null,
});

@Injectable()
export class FollowNotificationQueries {
  constructor(private readonly db: DataSource) {}

  async page(personId: string, unreadOnly: boolean, page: number, pageSize: number): Promise<FollowNotificationPage> {
    const where = `person_id = $1${unreadOnly ? ' AND read_at IS NULL' : ''}`;
    const { rows, total } = await readPage<NotificationRecord & { unread: number }>(this.db, {
      rows: `SELECT ${COLUMNS}, (SELECT count(*)::int FROM subscriptions.notification u WHERE u.person_id = $1 AND u.read_at IS NULL) AS unread
        FROM subscriptions.notification WHERE ${where} ORDER BY at DESC, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      count: `SELECT count(*)::int AS total FROM subscriptions.notification WHERE ${where}`,
      params: [personId],
    });
    const unread = rows[0]?.unread ?? (await this.unread(personId));
    return { items: rows.map(toView), total, page, pageSize, unread };
  }

  /** The notifications the given events raised, in the order they were written. */
  async ofEvents(eventIds: readonly string[]): Promise<(FollowNotificationView & { personId: string })[]> {
    const rows: NotificationRecord[] = await this.db.query(`SELECT ${COLUMNS} FROM subscriptions.notification WHERE event_id = ANY($1::uuid[])`, [eventIds]);
    return rows.map((r) => ({ ...toView(r), personId: r.person_id }));
  }

  /** Someone else's notification is NotFound: its existence is not revealed. */
  async markRead(personId: string, id: string, at: Date): Promise<void> {
    const result: unknown = await this.db.query(`UPDATE subscriptions.notification SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND person_id = $2 RETURNING id`, [id, personId, at]);
    if (returnedRows(result).length === 0) throw new NotFound('notification', id);
  }

  async markAllRead(personId: string, upTo: Date, at: Date): Promise<void> {
    await this.db.query(`UPDATE subscriptions.notification SET read_at = $3 WHERE person_id = $1 AND read_at IS NULL AND at <= $2`, [personId, upTo, at]);
  }

  private async unread(personId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM subscriptions.notification WHERE person_id = $1 AND read_at IS NULL`, [personId]);
    return rows[0]?.n ?? 0;
  }
}
