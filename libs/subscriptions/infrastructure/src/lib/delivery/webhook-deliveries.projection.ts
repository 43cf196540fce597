import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { runCombined, SqlStatement } from '@accord/shared/messaging';
import { PUBLIC_STREAMS } from '@accord/subscriptions/application';
import { filterMatches, WebhookFilter } from '@accord/subscriptions/domain';
import { WebhookDispatcher } from './webhook-dispatcher';

/** What a receiver gets: the public event, without the actor (who did it stays inside Accord). */
export function deliveryBody(e: EventEnvelope): string {
  return JSON.stringify({ id: e.eventId, type: e.type, occurredAt: e.occurredAt, aggregateId: e.aggregateId, data: e.payload });
}

/**
 * Queues one delivery per active webhook whose filter matches a public event, in the transaction of
 * the inbox row: an event is queued exactly once per webhook, even when redelivered.
 */
@Injectable()
export class WebhookDeliveriesProjection {
  readonly name = 'subscriptions.webhook-deliveries';
  readonly topics = PUBLIC_STREAMS;

  // Set when a batch queued deliveries: most events match no webhook, and waking the dispatcher for them
  // costs a query each. A wake after a rolled-back batch only runs an empty poll.
  private queued = false;

  constructor(private readonly dispatcher: WebhookDispatcher, @Inject(CLOCK) private readonly clock: Clock) {}

  async apply(e: EventEnvelope, m: EntityManager): Promise<void> {
    await runCombined(m, await this.applyBatch([e], m));
  }

  /** One read of the active webhooks; the deliveries come back to go out with the batch's other final writes. */
  async applyBatch(envelopes: readonly EventEnvelope[], m: EntityManager): Promise<SqlStatement[]> {
    const events = envelopes.filter((e) => PUBLIC_STREAMS.includes(e.stream));
    if (events.length === 0) return [];
    const hooks: { id: string; filter: WebhookFilter }[] = await m.query(`SELECT id, filter FROM subscriptions.webhook WHERE active`);
    if (hooks.length === 0) return [];
    const now = this.clock.now();
    const rows = events.flatMap((e) => hooks.filter((h) => filterMatches(h.filter, e)).map((hook) => ({ id: randomUUID(), webhook_id: hook.id, event_id: e.eventId, event_type: e.type, body: deliveryBody(e) })));
    if (rows.length === 0) return [];
    this.queued = true;
    return [{
      sql: `INSERT INTO subscriptions.delivery (id, webhook_id, event_id, event_type, body, status, attempts, next_attempt_at, created_at)
       SELECT r.id, r.webhook_id, r.event_id, r.event_type, r.body, 'pending', 0, $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, webhook_id uuid, event_id uuid, event_type text, body text)
       ON CONFLICT (webhook_id, event_id) DO NOTHING`,
      params: [JSON.stringify(rows), now],
    }];
  }

  afterCommit(): void {
    if (!this.queued) return;
    this.queued = false;
    this.dispatcher.wake();
  }
}
