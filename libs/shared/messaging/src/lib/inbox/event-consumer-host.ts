import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, EventRegistry } from '@accord/shared/contracts';
import { DeliveredMessage, EventTransport } from '../transport/event-transport';
import { applyBatchOnce, BatchEffect } from './apply-batch-once';
import { applyOnce } from './apply-once';

export interface ProjectionRegistration {
  /** Inbox consumer name: unique and stable (renaming it replays every event into the projection). */
  readonly name: string;
  readonly topics: readonly string[];
  apply(envelope: EventEnvelope, manager: EntityManager): Promise<void>;
  /** After the projection's commit, first application only (socket.io pushes); failures are logged. */
  afterCommit?(envelope: EventEnvelope): Promise<void> | void;
}

// Concurrency of one batch: projections applied side by side, and the pushes of each. Together they must
// leave room in the pool (10) for commands: pool waits are short, a starved command is not.
const PROJECTION_LANES = 3;
const AFTER_COMMIT_LANES = 4;

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
   * Each projection's share of a batch in one transaction of its own (one inbox statement, one commit),
   * a few projections side by side on their own connections, each pushing as soon as its share commits.
   * Any failure rejects the batch and the transport falls back to `handle` per message, which isolates a
   * poison event; the projections that had committed find their inbox rows and skip.
   */
  async handleBatch(messages: readonly DeliveredMessage[]): Promise<void> {
    const shares = new Map<ProjectionRegistration, BatchEffect[]>(this.projections.map((p) => [p, []]));
    for (const message of messages) {
      const envelope = this.registry.validate<EventEnvelope>(message.envelope);
      for (const projection of this.projections) {
        if (projection.topics.includes(message.topic)) shares.get(projection)?.push({ consumer: projection.name, envelope, effect: (manager) => projection.apply(envelope, manager) });
      }
    }
    const queue = [...shares].filter(([, effects]) => effects.length > 0);
    const failures: unknown[] = [];
    const run = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [projection, effects] = next;
        try {
          const applied = await applyBatchOnce(this.dataSource, effects);
          if (projection.afterCommit) await this.afterCommitAll(applied.map((e) => ({ projection, envelope: e.envelope })));
        } catch (e) {
          failures.push(e);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PROJECTION_LANES, queue.length) }, run));
    if (failures.length > 0) throw failures[0];
  }

  /**
   * Pushes of different aggregates go out side by side (each reads its view on its own connection);
   * those of one aggregate keep their order, so a client never sees version 3 before version 2.
   */
  private async afterCommitAll(effects: readonly { projection: ProjectionRegistration; envelope: EventEnvelope }[]): Promise<void> {
    const byAggregate = new Map<string, { projection: ProjectionRegistration; envelope: EventEnvelope }[]>();
    for (const e of effects) byAggregate.set(e.envelope.aggregateId, [...(byAggregate.get(e.envelope.aggregateId) ?? []), e]);
    const lanes = [...byAggregate.values()];
    const run = async () => {
      for (let lane = lanes.shift(); lane; lane = lanes.shift()) for (const e of lane) await this.afterCommit(e.projection, e.envelope);
    };
    await Promise.all(Array.from({ length: Math.min(AFTER_COMMIT_LANES, lanes.length) }, run));
  }

  /** Rejecting makes the transport retry, then dead-letter (an invalid envelope always does). */
  async handle(message: DeliveredMessage): Promise<void> {
    const envelope = this.registry.validate<EventEnvelope>(message.envelope);
    for (const projection of this.projections) {
      if (!projection.topics.includes(message.topic)) continue;
      const applied = await applyOnce(this.dataSource, projection.name, envelope, (manager) => projection.apply(envelope, manager));
      if (applied && projection.afterCommit) await this.afterCommit(projection, envelope);
    }
  }

  // The projection is committed; failing here would only retry into an inbox no-op. Live clients
  // catch up from their last sequence on reconnect, so a lost push is repaired there.
  private async afterCommit(projection: ProjectionRegistration, envelope: EventEnvelope): Promise<void> {
    try {
      await projection.afterCommit?.(envelope);
    } catch (e) {
      this.log.error(`${projection.name} afterCommit failed for ${envelope.type} ${envelope.eventId} (correlation ${envelope.correlationId}): ${String(e)}`);
    }
  }
}
