import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { CLOCK, Clock } from '@accord/shared/kernel';
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

  constructor(private readonly dispatcher: WebhookDispatcher, @Inject(CLOCK) private readonly clock: Clock) {}

  async apply(e: EventEnvelope, m: EntityManager): Promise<void> {
    if (!PUBLIC_STREAMS.includes(e.stream)) return;
    const hooks: { id: string; filter: WebhookFilter }[] = await m.query(`SELECT id, filter FROM subscriptions.webhook WHERE active`);
    const matching = hooks.filter((h) => filterMatches(h.filter, e));
    if (matching.length === 0) return;
    const body = deliveryBody(e);
    const now = this.clock.now();
    for (const hook of matching) {
      await m.query(
        `INSERT INTO subscriptions.delivery (id, webhook_id, event_id, event_type, body, status, attempts, next_attempt_at, created_at)
         VALUES ($1,$2,$3,$4,$5,'pending',0,$6,$6) ON CONFLICT (webhook_id, event_id) DO NOTHING`,
        [randomUUID(), hook.id, e.eventId, e.type, body, now],
      );
    }
  }

  afterCommit(): void {
    this.dispatcher.wake();
  }
}
