import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import { EventTransport, OutgoingMessage, Subscription } from '../transport/event-transport';
import { EmbeddedConsumer } from './embedded-consumer';
import { EVENT_LOG_CHANNEL, EventLogListener, clientConfigOf } from './event-log-listener';

export interface EmbeddedTransportOptions {
  readonly pollMs?: number;
  /** LISTEN/NOTIFY wake-ups across processes: real PostgreSQL only (the embedded one does not relay them). */
  readonly listen?: boolean;
  /** Rows read per consumer poll (default 200). */
  readonly batchSize?: number;
  /** How long a dead consumer's group claim lasts (default 10 s). */
  readonly leaseMs?: number;
  readonly owner?: string;
  /** Connection for LISTEN; defaults to the DataSource's settings. */
  readonly listenConnection?: ClientConfig;
}

// Serialises appends so positions become visible in commit order: a reader that has seen position N
// can never later see a committed row below N, so "position > checkpoint" skips nothing.
const EVENT_LOG_APPEND_LOCK = 4_242_101;

/** The default transport: an append-only log table in the application's own PostgreSQL. */
export class EmbeddedTransport implements EventTransport {
  readonly kind = 'embedded' as const;
  private readonly consumers: EmbeddedConsumer[] = [];
  private readonly listener: EventLogListener | null;
  private readonly owner: string;
  private started = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: EmbeddedTransportOptions = {},
  ) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    // Our own NOTIFY comes back to us too: those consumers were already woken, by topic, at publish.
    this.listener = options.listen
      ? new EventLogListener(options.listenConnection ?? clientConfigOf(dataSource), (from) => from !== this.owner && this.wakeConsumers())
      : null;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.listener?.start();
    this.consumers.forEach((c) => c.start());
  }

  async stop(): Promise<void> {
    this.started = false;
    await Promise.all(this.consumers.map((c) => c.stop()));
    this.consumers.length = 0;
    await this.listener?.stop();
  }

  /** Test hook: behave as if the process died (no checkpoint, no lease release, nothing awaited). */
  async crash(): Promise<void> {
    this.started = false;
    this.consumers.forEach((c) => c.halt());
    this.consumers.length = 0;
    await this.listener?.stop();
  }

  /** Test hook: drop the LISTEN connection (delivery must go on by polling). */
  dropListenConnection(): void {
    this.listener?.dropConnection();
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const rows = messages.map((m, ord) => ({ ord, topic: m.topic, key: m.key, event_id: m.envelope.eventId, envelope: m.envelope, headers: m.headers ?? {} }));
    // One statement, so one round trip and its own transaction. The lock is taken before the first row
    // reaches the insert (the sort needs every joined row, and a join emits none before both sides are
    // read), so positions are drawn under it. The NOTIFY is sent at commit, once per batch, carrying no
    // event data (only who sent it).
    await this.dataSource.query(
      `WITH appended AS (
         INSERT INTO messaging.event_log (topic, key, event_id, envelope, headers)
         SELECT r.topic, r.key, r.event_id, r.envelope, r.headers
         FROM jsonb_to_recordset($1::jsonb) AS r(ord int, topic text, key text, event_id uuid, envelope jsonb, headers jsonb),
              (SELECT pg_advisory_xact_lock($2)) AS append_lock
         ORDER BY r.ord
         RETURNING 1)
       SELECT count(*) AS appended${this.listener ? ', pg_notify($3, $4)' : ''} FROM appended`,
      [JSON.stringify(rows), EVENT_LOG_APPEND_LOCK, ...(this.listener ? [EVENT_LOG_CHANNEL, this.owner] : [])],
    );
    this.wakeConsumers(new Set(messages.map((m) => m.topic)));
  }

  /**
   * Outbox rows straight into the log in ONE statement (one round trip instead of read, append, mark):
   * the rows are locked and marked, appended under the append lock in id order, all in one commit, so a
   * crash can neither lose them nor publish them twice.
   */
  async publishFromOutbox(outbox: string, limit: number): Promise<number> {
    const [moved]: { n: number; topics: string[] | null }[] = await this.dataSource.query(
      `WITH batch AS (
         SELECT id FROM messaging.outbox_message
         WHERE id = ANY (ARRAY(SELECT messaging.unpublished_outbox_ids($1, $2))) ORDER BY id FOR UPDATE),
       -- published_at is checked here, not in batch, where the planner would scan the partial index again.
       marked AS (
         UPDATE messaging.outbox_message m SET published_at = now() FROM batch WHERE m.id = batch.id AND m.published_at IS NULL
         RETURNING m.id, m.topic, m.key, m.event_id, m.envelope),
       appended AS (
         INSERT INTO messaging.event_log (topic, key, event_id, envelope, headers)
         SELECT marked.topic, marked.key, marked.event_id, marked.envelope, '{}'::jsonb
         FROM marked, (SELECT pg_advisory_xact_lock($3)) AS append_lock
         ORDER BY marked.id
         RETURNING topic)
       SELECT n, topics${this.listener ? ', CASE WHEN n > 0 THEN pg_notify($4, $5) END' : ''}
       FROM (SELECT count(*)::int AS n, array_agg(DISTINCT topic) AS topics FROM appended) a`,
      [outbox, limit, EVENT_LOG_APPEND_LOCK, ...(this.listener ? [EVENT_LOG_CHANNEL, this.owner] : [])],
    );
    if (moved.n > 0) this.wakeConsumers(new Set(moved.topics ?? []));
    return moved.n;
  }

  async subscribe(subscription: Subscription): Promise<void> {
    const consumer = new EmbeddedConsumer(this.dataSource, subscription, {
      pollMs: this.options.pollMs ?? 200,
      batchSize: this.options.batchSize ?? 200,
      leaseMs: this.options.leaseMs ?? 10_000,
      owner: this.owner,
      deadLetter: (messages) => this.publish(messages),
    });
    this.consumers.push(consumer);
    if (this.started) consumer.start();
  }

  /**
   * In process the published topics are known: only their consumers are woken (a woken consumer of another
   * stream would just run an empty poll). A NOTIFY from another process carries no data: everyone wakes.
   */
  private wakeConsumers(topics?: ReadonlySet<string>): void {
    for (const c of this.consumers) if (!topics || c.reads(topics)) c.wake();
  }
}
