import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { combineStatements, failedCheck, SqlStatement, verifyChecks } from './sql-statement';

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
   * Reads on its own, autocommitted, while no transaction has begun (through it once one has). Under READ
   * COMMITTED a read inside the transaction sees no more and locks no more than this; only locking
   * reads (FOR UPDATE, advisory locks) must go through `manager`.
   */
  async read<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    return (this.begun ? await this.runner.query(sql, [...params]) : await this.send(sql, [...params])) as T[];
  }

  /**
   * Runs the deferred statements, combined into one, and commits. Without a transaction they are that
   * one autocommitted statement, checking its own rows (a failed check fails the whole statement); in
   * one, the checks are counted in the result and a failure rolls the transaction back.
   */
  async commit(deferred: readonly SqlStatement[]): Promise<void> {
    if (!this.begun) {
      if (deferred.length === 0) return;
      const one = combineStatements(deferred, { checksInSql: true });
      try {
        await this.send(one.sql, [...one.params]);
      } catch (e) {
        const check = failedCheck(one, e);
        throw check ? await check.failure() : e;
      }
      return;
    }
    if (deferred.length > 0) {
      const last = combineStatements(deferred);
      await verifyChecks(last, await this.runner.query(last.sql, [...last.params]));
    }
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
