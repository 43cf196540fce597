import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { OutboxWriter, streamKey } from './outbox-writer';
import { LazyTransaction } from './lazy-transaction';
import { SqlStatement } from './sql-statement';

interface UnitOfWorkScope {
  readonly tx: LazyTransaction;
  readonly manager: EntityManager;
  readonly collected: Map<string, EventEnvelope[]>;
  readonly deferred: SqlStatement[];
  readonly heads: Map<string, string>;
}

export class NoActiveUnitOfWork extends Error {
  constructor() {
    super('no unit of work is running: call this inside UnitOfWork.run (the TransactionalCommandBus opens one)');
    this.name = 'NoActiveUnitOfWork';
  }
}

export type CommittedListener = (outboxes: readonly string[]) => void;

/**
 * One command = one transaction. Repositories reach the transaction through `manager` (carried by
 * AsyncLocalStorage, so handlers never pass it around) and hand over their events with `collect`;
 * the events are written to the outbox just before commit, in the same transaction as the state.
 * Writes nobody reads back before commit (a new aggregate's row, the audit row) can be `defer`red:
 * they go out with the outbox insert as one statement, saving a round trip each; the transaction only
 * begins with the first statement, so a command that reads nothing is that one statement.
 */
export class UnitOfWork {
  private readonly scope = new AsyncLocalStorage<UnitOfWorkScope>();
  private readonly listeners = new Set<CommittedListener>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: OutboxWriter,
    /** The outbox `collect(envelopes)` writes to; a service normally has exactly one. */
    readonly defaultOutbox = 'default',
  ) {}

  get active(): boolean {
    return this.scope.getStore() !== undefined;
  }

  get manager(): EntityManager {
    return this.current().manager;
  }

  /** Runs `fn` in one transaction; a nested run joins the outer one. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active) return fn();
    const collected = new Map<string, EventEnvelope[]>();
    const deferred: SqlStatement[] = [];
    const heads = new Map<string, string>();
    const tx = new LazyTransaction(this.dataSource);
    let result: T;
    try {
      // Commit inside the scope too: a failed row check builds its error with reads through `manager`.
      result = await this.scope.run({ tx, manager: tx.manager, collected, deferred, heads }, async () => {
        const value = await fn();
        for (const [outbox, envelopes] of collected) {
          const append = await this.writer.appendStatement(tx.manager, outbox, envelopes, heads);
          if (append) deferred.push(append);
        }
        await tx.commit(deferred);
        return value;
      });
    } catch (e) {
      await tx.rollback().catch(() => undefined);
      throw e;
    } finally {
      await tx.release();
    }
    const outboxes = [...collected].filter(([, e]) => e.length > 0).map(([o]) => o);
    if (outboxes.length > 0) this.notify(outboxes);
    return result;
  }

  collect(envelopes: readonly EventEnvelope[]): void;
  collect(outbox: string, envelopes: readonly EventEnvelope[]): void;
  collect(outboxOrEnvelopes: string | readonly EventEnvelope[], maybeEnvelopes?: readonly EventEnvelope[]): void {
    const outbox = typeof outboxOrEnvelopes === 'string' ? outboxOrEnvelopes : this.defaultOutbox;
    const envelopes = typeof outboxOrEnvelopes === 'string' ? (maybeEnvelopes ?? []) : outboxOrEnvelopes;
    const { collected } = this.current();
    collected.set(outbox, [...(collected.get(outbox) ?? []), ...envelopes]);
  }

  /**
   * A plain read that needs no transaction around it (see LazyTransaction.read): while nothing has been
   * written it costs one round trip instead of three. For a read the command's writes are guarded
   * against (an aggregate saved with a version check), never for a read that must lock.
   */
  read<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    return this.current().tx.read<T>(sql, params);
  }

  /**
   * Runs `statement` at commit, combined with the outbox insert and the other deferred writes into one
   * statement. Only for a write no later statement of this transaction reads or depends on.
   */
  defer(statement: SqlStatement): void {
    this.current().deferred.push(statement);
  }

  /**
   * The last event hash of an aggregate's stream, read by a repository together with the aggregate (null:
   * no event yet). Safe to reuse: an aggregate saved with a version check cannot have gained an event since.
   */
  knowStreamHead(topic: string, aggregateId: string, hash: string | null): void {
    if (hash) this.current().heads.set(streamKey(topic, aggregateId), hash);
  }

  /** Called after each commit that wrote outbox rows (the relay wakes on it). Returns an unsubscribe. */
  onCommitted(listener: CommittedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private current(): UnitOfWorkScope {
    const scope = this.scope.getStore();
    if (!scope) throw new NoActiveUnitOfWork();
    return scope;
  }

  private notify(outboxes: readonly string[]): void {
    // The commit already happened: a failing listener must not turn it into a reported failure.
    for (const listener of this.listeners) {
      try {
        listener(outboxes);
      } catch (e) {
        console.error('[accord] UnitOfWork onCommitted listener failed', e);
      }
    }
  }
}
