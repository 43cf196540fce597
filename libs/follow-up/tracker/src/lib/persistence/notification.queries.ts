import { Injectable } from '@nestjs/common';
import { readPage } from '@accord/shared/persistence';
import { DataSource } from 'typeorm';
import { NotificationView, Page } from '@accord/follow-up/contracts/views';

interface NotificationRecord {
  event_id: string;
  kind: NotificationView['kind'];
  recommendation_id: string;
  at: Date;
  detail: Record<string, unknown>;
}

const toView = (r: NotificationRecord): NotificationView => ({ eventId: r.event_id, kind: r.kind, recommendationId: r.recommendation_id, at: new Date(r.at).toISOString(), detail: r.detail });

@Injectable()
export class NotificationQueries {
  constructor(private readonly db: DataSource) {}

  async page(organisationId: string, page: number, pageSize: number): Promise<Page<NotificationView>> {
    const { rows, total } = await readPage<NotificationRecord>(this.db, {
      rows: `SELECT event_id, kind, recommendation_id, at, detail FROM tracker.notification WHERE organisation_id = $1
       ORDER BY at DESC, event_id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      count: `SELECT count(*)::int AS total FROM tracker.notification WHERE organisation_id = $1`,
      params: [organisationId],
    });
    return { items: rows.map(toView), total, page, pageSize };
  }

  async ofEvent(eventId: string): Promise<(NotificationView & { organisationId: string })[]> {
    const rows: (NotificationRecord & { organisation_id: string })[] = await this.db.query(
      `SELECT event_id, organisation_id, kind, recommendation_id, at, detail FROM tracker.notification WHERE event_id = $1`,
      [eventId],
    );
    return rows.map((r) => ({ ...toView(r), organisationId: r.organisation_id }));
  }
}
