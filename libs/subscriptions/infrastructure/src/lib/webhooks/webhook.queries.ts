import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFound } from '@accord/shared/kernel';
import { readPage } from '@accord/shared/persistence';
import { DeliveryStatus, DeliveryView, Page, WebhookView } from '../subscription-views';

interface WebhookRecord {
  id: string;
  url: string;
  filter: WebhookView['filter'];
  active: boolean;
  version: number;
  created_at: Date;
}

interface DeliveryRecord {
  id: string;
  event_id: string;
  event_type: string;
  status: DeliveryStatus;
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  last_attempt_at: Date | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
  created_at: Date;
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);
const toWebhook = (r: WebhookRecord): WebhookView => ({ id: r.id, url: r.url, filter: r.filter, active: r.active, version: r.version, createdAt: new Date(r.created_at).toISOString() });
const toDelivery = (r: DeliveryRecord): DeliveryView => ({
  id: r.id,
  eventId: r.event_id,
  eventType: r.event_type,
  status: r.status,
  attempts: r.attempts,
  lastStatus: r.last_status,
  lastError: r.last_error,
  lastAttemptAt: iso(r.last_attempt_at),
  nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at) : null,
  deliveredAt: iso(r.delivered_at),
  createdAt: new Date(r.created_at).toISOString(),
});

/** Reads are always scoped to the caller's organisation; the secret is never selected. */
@Injectable()
export class WebhookQueries {
  constructor(private readonly db: DataSource) {}

  async page(organisationId: string, page: number, pageSize: number): Promise<Page<WebhookView>> {
    const { rows, total } = await readPage<WebhookRecord>(this.db, {
      rows: `SELECT id, url, filter, active, version, created_at FROM subscriptions.webhook WHERE organisation_id = $1
        ORDER BY created_at DESC, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      count: `SELECT count(*)::int AS total FROM subscriptions.webhook WHERE organisation_id = $1`,
      params: [organisationId],
    });
    return { items: rows.map(toWebhook), total, page, pageSize };
  }

  async one(organisationId: string, id: string): Promise<WebhookView> {
    const rows: WebhookRecord[] = await this.db.query(`SELECT id, url, filter, active, version, created_at FROM subscriptions.webhook WHERE id = $1 AND organisation_id = $2`, [id, organisationId]);
    if (!rows[0]) throw new NotFound('webhook', id);
    return toWebhook(rows[0]);
  }

  async deliveries(organisationId: string, webhookId: string, status: DeliveryStatus | undefined, page: number, pageSize: number): Promise<Page<DeliveryView>> {
    await this.one(organisationId, webhookId);
    const where = `webhook_id = $1${status ? ' AND status = $2' : ''}`;
    const { rows, total } = await readPage<DeliveryRecord>(this.db, {
      rows: `SELECT id, event_id, event_type, status, attempts, last_status, last_error, last_attempt_at, next_attempt_at, delivered_at, created_at
        FROM subscriptions.delivery WHERE ${where} ORDER BY created_at DESC, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      count: `SELECT count(*)::int AS total FROM subscriptions.delivery WHERE ${where}`,
      params: status ? [webhookId, status] : [webhookId],
    });
    return { items: rows.map(toDelivery), total, page, pageSize };
  }
}
