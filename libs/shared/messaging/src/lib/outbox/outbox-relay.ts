import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { EventTransport, OutgoingMessage } from '../transport/event-transport';
import { Lease } from '../lease/lease';
import { WakeSignal } from './wake-signal';

export interface OutboxRelayOptions {
  readonly outbox: string;
  readonly batchSize?: number;
  readonly pollMs?: number;
  readonly leaseMs?: number;
  /** Identifies this relay in `messaging.lease`; defaults to host:pid:random. */
  readonly owner?: string;
  /** Test hook: runs after the transport acknowledged a batch and before it is marked published. */
  readonly afterPublishBeforeMark?: () => Promise<void>;
}

interface OutboxRow {
  id: string;
  topic: string;
  key: string;
  envelope: EventEnvelope;
}

const MAX_BACKOFF_MS = 10_000;

/**
 * Moves outbox rows to the transport, at least once. One active relay per outbox (a lease), which
 * reads every still-unpublished row in id order. It never remembers "the last id sent": a bigserial is
 * taken at insert, not at commit, so a transaction that commits late with a lower id would be skipped
 * (CONVENTIONS §4). Per-aggregate order still holds because writers of one aggregate serialise on its
 * row (optimistic version check), so its later event always gets a higher id and commits later.
 */
export class OutboxRelay {
  private readonly log = new Logger(OutboxRelay.name);
  private readonly lease: Lease;
  private readonly signal = new WakeSignal();
  /** Backoff sleeps on this one: commits must not cut a backoff short while the transport is down. */
  private readonly stopSignal = new WakeSignal();
  private readonly batchSize: number;
  private running: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: EventTransport,
    private readonly options: OutboxRelayOptions,
  ) {
    this.batchSize = options.batchSize ?? 500;
    const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.lease = new Lease(dataSource, `relay:${options.outbox}`, owner, options.leaseMs ?? 10_000);
  }

  /** Publishes one batch if this relay holds the outbox lease; returns how many rows it sent. */
  async runOnce(): Promise<number> {
    if (!(await this.lease.hold())) return 0;
    if (this.transport.publishFromOutbox && !this.options.afterPublishBeforeMark) return this.transport.publishFromOutbox(this.options.outbox, this.batchSize);
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT id, topic, key, envelope FROM messaging.outbox_message
       WHERE id = ANY (ARRAY(SELECT messaging.unpublished_outbox_ids($1, $2))) ORDER BY id`,
      [this.options.outbox, this.batchSize],
    );
    if (rows.length === 0) return 0;
    const messages: OutgoingMessage[] = rows.map((r) => ({ topic: r.topic, key: r.key, envelope: r.envelope }));
    await this.transport.publish(messages);
    await this.options.afterPublishBeforeMark?.();
    // Asynchronous commit: a mark lost in a crash only means these rows are published again, and every
    // consumer's inbox absorbs the duplicate.
    await this.dataSource.query(`UPDATE messaging.outbox_message m SET published_at = now() FROM (SELECT set_config('synchronous_commit', 'off', true)) async_commit WHERE m.id = ANY($1::bigint[]) AND m.published_at IS NULL`, [
      rows.map((r) => r.id),
    ]);
    return rows.length;
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.signal.wake();
    this.stopSignal.wake();
    await this.running;
    this.running = null;
    await this.lease.release();
  }

  /** Something was just committed to the outbox: publish now instead of at the next poll. */
  wake(): void {
    this.signal.wake();
  }

  /** Age of the oldest row still waiting in this outbox (0 when none): the relay-lag metric. */
  async oldestUnpublishedAgeMs(): Promise<number> {
    const [row]: { age_ms: string | null }[] = await this.dataSource.query(
      `SELECT (extract(epoch FROM now() - min(created_at)) * 1000)::bigint AS age_ms
       FROM messaging.outbox_message WHERE outbox = $1 AND published_at IS NULL`,
      [this.options.outbox],
    );
    return Number(row?.age_ms ?? 0);
  }

  private async loop(): Promise<void> {
    let backoffMs = 0;
    while (!this.stopping) {
      try {
        const sent = await this.runOnce();
        backoffMs = 0;
        if (sent === this.batchSize) continue; // more waiting: drain before sleeping
      } catch (e) {
        backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(100, backoffMs * 2));
        this.log.error(`outbox ${this.options.outbox}: publishing failed, retrying in ${backoffMs} ms: ${String(e)}`, (e as Error).stack);
        await this.stopSignal.sleep(backoffMs);
        continue;
      }
      await this.signal.sleep(this.options.pollMs ?? 250);
    }
  }
}
