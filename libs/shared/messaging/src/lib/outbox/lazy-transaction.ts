import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { CombinedStatement, verifyChecks } from './sql-statement';

type Query = QueryRunner['query'];

/**
 * A transaction that begins with its first statement rather than up front. A command that only writes
 * (a new aggregate, its events, its audit row: all deferred into one statement) then needs no
 * transaction at all: that single statement is atomic on its own, one round trip instead of three.
 */
export class LazyTransaction {
  private readonly runner: QueryRunner;
  private readonly send: Query;
  private begun: Promise<unknown> | null = null;

  constructor(dataSource: DataSource) {
    this.runner = dataSource.createQueryRunner();
    this.send = this.runner.query.bind(this.runner) as Query;
    // TypeORM must believe a transaction is open, or save() would open (and commit) one of its own.
    (this.runner as { isTransactionActive: boolean }).isTransactionActive = true;
    // Every statement through the manager waits for START TRANSACTION, sent once, by the first of them.
    this.runner.query = ((...args: Parameters<Query>) => {
      this.begun ??= this.send('START TRANSACTION');
      return this.begun.then(() => this.send(...args));
    }) as Query;
  }

  get manager(): EntityManager {
    return this.runner.manager;
  }

  /**
   * Runs `last` (if any) and commits: inside the transaction if one began, else as one autocommitted
   * statement. A statement with a row check needs the transaction (a failed check must roll back).
   */
  async commit(last: CombinedStatement | null): Promise<void> {
    if (!this.begun && !last?.checks.length) {
      if (last) await this.send(last.sql, [...last.params]);
      return;
    }
    if (last) await verifyChecks(last, await this.runner.query(last.sql, [...last.params]));
    await this.send('COMMIT');
  }

  async rollback(): Promise<void> {
    if (!this.begun) return;
    // A failed START leaves nothing to roll back, but ROLLBACK outside a transaction only warns.
    await this.begun.catch(() => undefined);
    await this.send('ROLLBACK');
  }

  async release(): Promise<void> {
    (this.runner as { isTransactionActive: boolean }).isTransactionActive = false;
    await this.runner.release();
  }
}
