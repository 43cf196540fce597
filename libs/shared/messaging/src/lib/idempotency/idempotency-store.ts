import { DataSource } from 'typeorm';
import { IdempotencyKeyId } from './idempotency-key';
import { SqlStatement } from '../outbox/sql-statement';

export interface IdempotencySettings {
  /** How long a key and its response are kept (the purge deletes older ones). */
  ttlMs: number;
  /** A key still `pending` after this long belongs to a request that died before committing. */
  staleAfterMs: number;
}

export const DEFAULT_IDEMPOTENCY_SETTINGS: IdempotencySettings = { ttlMs: 24 * 3600_000, staleAfterMs: 120_000 };

export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

interface KeyRow {
  request_hash: string;
  state: 'pending' | 'executed' | 'completed';
  status: number | null;
  body: unknown;
  locked_at: Date | string;
}

const PK = `scope = $1 AND method = $2 AND path = $3 AND key = $4`;

/**
 * A key is `pending` while its request runs, `executed` once the command's transaction committed (written
 * in that transaction, with the command's result), `completed` when the response is stored. A pending key
 * whose request failed is deleted, so the person may retry with the same key.
 */
export class IdempotencyStore {
  constructor(
    private readonly dataSource: DataSource,
    readonly settings: IdempotencySettings = DEFAULT_IDEMPOTENCY_SETTINGS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async claim(id: IdempotencyKeyId, requestHash: string): Promise<IdempotencyClaim> {
    const now = this.now();
    await this.dataSource.query(`DELETE FROM messaging.idempotency_key WHERE ${PK} AND created_at < $5`, [...params(id), this.ago(now, this.settings.ttlMs)]);
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO messaging.idempotency_key (scope, method, path, key, request_hash, state, created_at, locked_at)
       VALUES ($1, $2, $3, $4, $5, 'pending', $6, $6) ON CONFLICT DO NOTHING RETURNING key`,
      [...params(id), requestHash, now],
    );
    if (inserted.length > 0) return { kind: 'claimed' };
    const rows: KeyRow[] = await this.dataSource.query(`SELECT request_hash, state, status, body, locked_at FROM messaging.idempotency_key WHERE ${PK}`, params(id));
    return rows[0] ? this.decide(id, rows[0], requestHash, now) : this.claim(id, requestHash);
  }

  /** Inside the command's transaction: if it commits, the key is known to have run, with the command's result. */
  /** Run in the command's transaction, so a crash after commit cannot lead to the command running twice. */
  markExecuted(id: IdempotencyKeyId, status: number, body: unknown): SqlStatement {
    return { sql: `UPDATE messaging.idempotency_key SET state = 'executed', status = $5, body = $6::jsonb WHERE ${PK}`, params: [...params(id), status, json(body)] };
  }

  async complete(id: IdempotencyKeyId, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(`UPDATE messaging.idempotency_key SET state = 'completed', status = $5, body = $6::jsonb WHERE ${PK}`, [...params(id), status, json(body)]);
  }

  /** The request failed: a key whose command never committed is forgotten; an executed one keeps its result. */
  async release(id: IdempotencyKeyId): Promise<void> {
    await this.dataSource.query(`DELETE FROM messaging.idempotency_key WHERE ${PK} AND state = 'pending'`, params(id));
  }

  async purge(): Promise<number> {
    const result: unknown = await this.dataSource.query(`DELETE FROM messaging.idempotency_key WHERE created_at < $1`, [this.ago(this.now(), this.settings.ttlMs)]);
    return affectedRows(result);
  }

  private async decide(id: IdempotencyKeyId, row: KeyRow, requestHash: string, now: Date): Promise<IdempotencyClaim> {
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    const stale = new Date(row.locked_at).getTime() < now.getTime() - this.settings.staleAfterMs;
    if (row.state === 'completed' || (row.state === 'executed' && stale)) return { kind: 'replay', status: row.status ?? 200, body: row.body };
    if (row.state === 'pending' && stale && (await this.takeOver(id, row.locked_at, now))) return { kind: 'claimed' };
    return { kind: 'in-flight' };
  }

  private async takeOver(id: IdempotencyKeyId, lockedAt: Date | string, now: Date): Promise<boolean> {
    const result: unknown = await this.dataSource.query(
      `UPDATE messaging.idempotency_key SET locked_at = $6 WHERE ${PK} AND state = 'pending' AND locked_at = $5`,
      [...params(id), lockedAt, now],
    );
    return affectedRows(result) === 1;
  }

  private ago(now: Date, ms: number): Date {
    return new Date(now.getTime() - ms);
  }
}

function params(id: IdempotencyKeyId): string[] {
  return [id.scope, id.method, id.path, id.key];
}

function json(body: unknown): string | null {
  return body === undefined ? null : JSON.stringify(body);
}

// TypeORM's postgres driver answers UPDATE/DELETE with [rows, rowCount].
function affectedRows(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
