import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { DeliveredMessage, OutgoingMessage, Subscription } from '../transport/event-transport';
import { Lease } from '../lease/lease';
import { WakeSignal } from '../outbox/wake-signal';

export interface EmbeddedConsumerSettings {
  readonly pollMs: number;
  readonly batchSize: number;
  readonly leaseMs: number;
  readonly owner: string;
  readonly deadLetter: (messages: OutgoingMessage[]) => Promise<void>;
}

interface LogRow {
  position: string;
  topic: string;
  key: string;
  envelope: EventEnvelope;
  headers: Record<string, string> | null;
}

/**
 * One subscription's loop over `messaging.event_log`: one active consumer per group (a lease), rows
 * after the group's checkpoint in position order, checkpoint written only for handled rows (so a
 * crash redelivers), a poison row dead-lettered after maxAttempts instead of blocking the stream.
 */
export class EmbeddedConsumer {
  private readonly log: Logger;
  private readonly lease: Lease;
  private readonly signal = new WakeSignal();
  private readonly stopSignal = new WakeSignal();
  private running: Promise<void> | null = null;
  private stopping = false;
  private halted = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly subscription: Subscription,
    private readonly settings: EmbeddedConsumerSettings,
  ) {
    this.log = new Logger(`EmbeddedConsumer:${subscription.group}`);
    this.lease = new Lease(dataSource, `consumer:${subscription.group}`, settings.owner, settings.leaseMs);
  }

  start(): void {
    this.running ??= this.loop();
  }

  wake(): void {
    this.signal.wake();
  }

  reads(topics: ReadonlySet<string>): boolean {
    return this.subscription.topics.some((t) => topics.has(t));
  }

  /** Clean stop: waits for the handler in flight, checkpoints what was handled, frees the lease. */
  async stop(): Promise<void> {
    this.interrupt();
    await this.running;
    if (!this.halted) await this.lease.release();
  }

  /** Test hook for a crash: abandons the loop with no checkpoint and no lease release. */
  halt(): void {
    this.halted = true;
    this.interrupt();
  }

  private interrupt(): void {
    this.stopping = true;
    this.signal.wake();
    this.stopSignal.wake();
  }

  private async loop(): Promise<void> {
    let backoffMs = 0;
    while (!this.stopping) {
      try {
        const read = (await this.lease.hold()) ? await this.pollBatch() : 0;
        backoffMs = 0;
        if (read === this.settings.batchSize) continue;
      } catch (e) {
        backoffMs = Math.min(10_000, Math.max(100, backoffMs * 2));
        this.log.error(`consuming failed, retrying in ${backoffMs} ms: ${String(e)}`, (e as Error).stack);
        await this.stopSignal.sleep(backoffMs);
        continue;
      }
      await this.signal.sleep(this.settings.pollMs);
    }
  }

  private async pollBatch(): Promise<number> {
    const { group, topics } = this.subscription;
    // Per topic, an index range scan from its checkpoint (event_log_topic_position_idx), then merged:
    // a join over all topics at once would scan every topic's history.
    const rows: LogRow[] = await this.dataSource.query(
      `SELECT l.position, l.topic, l.key, l.envelope, l.headers
       FROM unnest($2::text[]) AS t(topic)
       LEFT JOIN messaging.consumer_checkpoint c ON c.group_name = $1 AND c.topic = t.topic
       CROSS JOIN LATERAL (
         SELECT e.position, e.topic, e.key, e.envelope, e.headers FROM messaging.event_log e
         WHERE e.topic = t.topic AND e.position > COALESCE(c.position, 0) ORDER BY e.position LIMIT $3) l
       ORDER BY l.position LIMIT $3`,
      [group, [...topics], this.settings.batchSize],
    );
    const handled = new Map<string, string>();
    try {
      if (await this.deliverAll(rows)) {
        for (const row of rows) handled.set(row.topic, row.position);
      } else {
        for (const row of rows) {
          if (!(await this.deliver(row)) || this.halted) break;
          handled.set(row.topic, row.position);
        }
      }
    } finally {
      if (!this.halted && handled.size > 0) await this.checkpoint(handled);
    }
    return rows.length;
  }

  /** The whole batch in one go when the subscriber can take it; false sends it row by row instead. */
  private async deliverAll(rows: LogRow[]): Promise<boolean> {
    const handleBatch = this.subscription.handleBatch?.bind(this.subscription);
    if (!handleBatch || rows.length < 2 || this.stopping) return false;
    try {
      await handleBatch(rows.map((row) => this.message(row, 1)));
      return !this.halted;
    } catch (e) {
      this.log.debug(`batch of ${rows.length} failed, delivering one by one: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  private message(row: LogRow, attempt: number): DeliveredMessage {
    return { topic: row.topic, key: row.key, envelope: row.envelope, attempt, position: row.position, headers: row.headers ?? {} };
  }

  /** True once the row is handled or dead-lettered; false when interrupted by a stop. */
  private async deliver(row: LogRow): Promise<boolean> {
    const maxAttempts = this.subscription.maxAttempts ?? 5;
    let reason = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (this.stopping) return false;
      try {
        await this.subscription.handle(this.message(row, attempt));
        return true;
      } catch (e) {
        reason = e instanceof Error ? e.message : String(e);
        this.log.warn(`${row.envelope.type} ${row.envelope.eventId} (correlation ${row.envelope.correlationId}) failed, attempt ${attempt}/${maxAttempts}: ${reason}`);
        if (attempt < maxAttempts) await this.stopSignal.sleep(Math.min(1_000, 50 * 2 ** (attempt - 1)));
      }
    }
    if (this.stopping) return false;
    const headers = { reason, group: this.subscription.group, attempts: String(maxAttempts), originalPosition: row.position };
    await this.settings.deadLetter([{ topic: `${row.topic}.dlq`, key: row.key, envelope: row.envelope, headers }]);
    this.log.error(`${row.envelope.type} ${row.envelope.eventId} dead-lettered to ${row.topic}.dlq: ${reason}`);
    return true;
  }

  /** Only the lease holder moves the checkpoint, and never backwards (a late zombie cannot rewind it). */
  private async checkpoint(handled: Map<string, string>): Promise<void> {
    // Asynchronous commit (set_config(..., true) lasts for this statement's transaction): the effects it
    // covers committed earlier in the WAL, so whenever this row is durable they are too; if it is lost,
    // the batch is redelivered and the inbox skips what was applied.
    await this.dataSource.query(
      `INSERT INTO messaging.consumer_checkpoint (group_name, topic, position)
       SELECT $1, t.topic, t.position FROM unnest($2::text[], $3::bigint[]) AS t(topic, position), (SELECT set_config('synchronous_commit', 'off', true)) async_commit
       WHERE EXISTS (SELECT 1 FROM messaging.lease WHERE name = $4 AND owner = $5)
       ON CONFLICT (group_name, topic) DO UPDATE SET position = GREATEST(messaging.consumer_checkpoint.position, excluded.position)`,
      [this.subscription.group, [...handled.keys()], [...handled.values()], this.lease.name, this.lease.owner],
    );
  }
}
