import { DataSource } from 'typeorm';

/**
 * A named claim in `messaging.lease` that expires unless renewed, so a dead holder's work is taken
 * over after `ttlMs`. Table rows, not session advisory locks: the embedded database multiplexes all
 * connections onto one session, where a session lock would be shared by everybody.
 * A holder paused longer than ttlMs may overlap with its successor for a moment; delivery is at
 * least once anyway, so the overlap costs duplicates, never loss.
 */
export class Lease {
  private validUntil = 0;

  constructor(
    private readonly dataSource: DataSource,
    readonly name: string,
    readonly owner: string,
    private readonly ttlMs: number,
  ) {}

  /** True while this owner holds the lease; renews it once a third of the ttl has passed. */
  async hold(): Promise<boolean> {
    const now = Date.now();
    if (now < this.validUntil - (this.ttlMs * 2) / 3) return true;
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO messaging.lease (name, owner, expires_at)
       VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
       WHERE messaging.lease.expires_at < now() OR messaging.lease.owner = excluded.owner
       RETURNING owner`,
      [this.name, this.owner, this.ttlMs],
    );
    // Measured from before the round trip, so the local view never outlives the database's.
    this.validUntil = rows.length > 0 ? now + this.ttlMs : 0;
    return rows.length > 0;
  }

  /** Gives the claim up at once (clean stop), so a successor need not wait for expiry. */
  async release(): Promise<void> {
    this.validUntil = 0;
    await this.dataSource.query(`DELETE FROM messaging.lease WHERE name = $1 AND owner = $2`, [this.name, this.owner]);
  }
}
