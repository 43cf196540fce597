import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, EventRegistry } from '@accord/shared/contracts';
import { DeliveredMessage, EventTransport } from '../transport/event-transport';
import { SqlStatement } from '../outbox/sql-statement';
import { applyBatchOnce } from './apply-batch-once';
import { applyOnce } from './apply-once';

export interface ProjectionRegistration {
  /** Inbox consumer name: unique and stable (renaming it replays every event into the projection). */
  readonly name: string;
  readonly topics: readonly string[];
  apply(envelope: EventEnvelope, manager: EntityManager): Promise<void>;
  /**
   * The new events of a batch share in one call, in log order, in its transaction: one statement per
   * table instead of one per event. Must leave the same state as `apply` on each event in turn. Final
   * writes (nothing later in the batch reads them) may be returned instead of run: they go out combined
   * with the other projections' in one statement just before commit.
   */
  applyBatch?(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void | readonly SqlStatement[]>;
  /** After the projection's commit, first application only (socket.io pushes); failures are logged. */
  afterCommit?(envelope: EventEnvelope): Promise<void> | void;
  /** `afterCommit` for all newly applied events of a batch share at once (e.g. one read for all views). */
  afterCommitBatch?(envelopes: readonly EventEnvelope[]): Promise<void>;
}

// Pushes of one projection's batch side by side (one connection each): they must leave room in the pool
// (10) for commands.
const AFTER_COMMIT_LANES = 4;
// Batches whose pushes may wait their turn while the next batches are read and applied; past this, a
// batch waits for them (pushes must not fall behind without bound).
const MAX_QUEUED_PUSH_BATCHES = 4;

export interface ConsumerHostOptions {
  readonly maxAttempts?: number;
}

/**
 * Hosts a service's projections on ONE subscription (group = service name) over the union of their
 * topics. Each projection has its own inbox name, so when one fails and the event is retried, those
 * that already applied it skip it.
 */
export class EventConsumerHost {
  private readonly log = new Logger(EventConsumerHost.name);
  private readonly projections: ProjectionRegistration[] = [];
  private started = false;
  /** Pushes of committed batches, one batch after another (so a client never sees a later version first). */
  private pushQueue: Promise<void> = Promise.resolve();
  private queuedPushBatches = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: EventRegistry,
  ) {}

  register(projection: ProjectionRegistration): void {
    if (this.started) throw new Error(`projection ${projection.name} registered after the consumer host started`);
    if (this.projections.some((p) => p.name === projection.name)) throw new Error(`projection ${projection.name} registered twice`);
    this.projections.push(projection);
  }

  topics(): string[] {
    return [...new Set(this.projections.flatMap((p) => p.topics))].sort();
  }

  async start(transport: EventTransport, group: string, options: ConsumerHostOptions = {}): Promise<void> {
    if (this.started) return;
    this.started = true;
    const topics = this.topics();
    if (topics.length === 0) return;
    await transport.subscribe({ group, topics, maxAttempts: options.maxAttempts, handle: (m) => this.handle(m), handleBatch: (ms) => this.handleBatch(ms) });
  }

  /**
   * A batch in ONE transaction for all projections (one inbox statement, each projection's share in turn,
   * one commit); its pushes are queued behind the earlier batches' and go out while the next batch is
   * read. Any failure rejects the batch and the transport falls back to `handle` per message, which
   * isolates a poison event.
   */
  async handleBatch(messages: readonly DeliveredMessage[]): Promise<void> {
    const envelopes = messages.map((m) => ({ topic: m.topic, envelope: this.registry.validate<EventEnvelope>(m.envelope) }));
    // Projections that push to live clients go first: their rows are what a person is waiting for.
    const shares = this.projections
      .map((projection) => ({ projection, envelopes: envelopes.filter((e) => projection.topics.includes(e.topic)).map((e) => e.envelope) }))
      .filter((s) => s.envelopes.length > 0)
      .sort((a, b) => Number(pushes(b.projection)) - Number(pushes(a.projection)));
    const applied = await applyBatchOnce(
      this.dataSource,
      shares.map(({ projection, envelopes: share }) => ({ consumer: projection.name, envelopes: share, apply: (fresh, manager) => applyAll(projection, fresh, manager) })),
    );
    await this.queuePushes(() => Promise.all(shares.map(({ projection }, i) => (applied[i].length > 0 ? this.afterCommitAll(projection, applied[i]) : undefined))));
  }

  /** Resolves once every push queued so far has gone out (shutdown, tests). */
  pushesSent(): Promise<void> {
    return this.pushQueue;
  }

  private async queuePushes(push: () => Promise<unknown>): Promise<void> {
    this.queuedPushBatches += 1;
    // Never rejects: each push is guarded and logged.
    this.pushQueue = this.pushQueue.then(push).then(() => void (this.queuedPushBatches -= 1));
    if (this.queuedPushBatches > MAX_QUEUED_PUSH_BATCHES) await this.pushQueue;
  }

  /**
   * Pushes of different aggregates go out side by side (each reads its view on its own connection);
   * those of one aggregate keep their order, so a client never sees version 3 before version 2.
   */
  private async afterCommitAll(projection: ProjectionRegistration, envelopes: readonly EventEnvelope[]): Promise<void> {
    if (projection.afterCommitBatch) return this.guarded(projection, envelopes, () => projection.afterCommitBatch?.(envelopes));
    if (!projection.afterCommit) return;
    const byAggregate = new Map<string, EventEnvelope[]>();
    for (const e of envelopes) byAggregate.set(e.aggregateId, [...(byAggregate.get(e.aggregateId) ?? []), e]);
    const lanes = [...byAggregate.values()];
    const run = async () => {
      for (let lane = lanes.shift(); lane; lane = lanes.shift()) for (const e of lane) await this.afterCommit(projection, e);
    };
    await Promise.all(Array.from({ length: Math.min(AFTER_COMMIT_LANES, lanes.length) }, run));
  }

  /** Rejecting makes the transport retry, then dead-letter (an invalid envelope always does). */
  async handle(message: DeliveredMessage): Promise<void> {
    const envelope = this.registry.validate<EventEnvelope>(message.envelope);
    for (const projection of this.projections) {
      if (!projection.topics.includes(message.topic)) continue;
      const applied = await applyOnce(this.dataSource, projection.name, envelope, (manager) => applyAll(projection, [envelope], manager));
      if (applied) await this.queuePushes(() => this.afterCommitAll(projection, [envelope]));
    }
  }

  private afterCommit(projection: ProjectionRegistration, envelope: EventEnvelope): Promise<void> {
    return this.guarded(projection, [envelope], () => projection.afterCommit?.(envelope));
  }

  // The projection is committed; failing here would only retry into an inbox no-op. Live clients
  // catch up from their last sequence on reconnect, so a lost push is repaired there.
  private async guarded(projection: ProjectionRegistration, envelopes: readonly EventEnvelope[], push: () => Promise<void> | void): Promise<void> {
    try {
      await push();
    } catch (e) {
      const first = envelopes[0];
      const which = envelopes.length === 1 ? `${first.type} ${first.eventId} (correlation ${first.correlationId})` : `${envelopes.length} events from ${first.type} ${first.eventId}`;
      this.log.error(`${projection.name} afterCommit failed for ${which}: ${String(e)}`);
    }
  }
}

function pushes(projection: ProjectionRegistration): boolean {
  return Boolean(projection.afterCommit ?? projection.afterCommitBatch);
}

async function applyAll(projection: ProjectionRegistration, envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void | readonly SqlStatement[]> {
  if (projection.applyBatch) return projection.applyBatch(envelopes, manager);
  for (const e of envelopes) await projection.apply(e, manager);
}
