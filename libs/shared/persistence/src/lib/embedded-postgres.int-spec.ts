import { Client, Pool } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('embedded PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-pg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps committed data across a restart and isolates a rolled-back transaction', async () => {
    let pg = await startEmbeddedPostgres({ dataDir: dir });
    const a = new Client({ connectionString: pg.url });
    const b = new Client({ connectionString: pg.url });
    await a.connect();
    await b.connect();
    await a.query('CREATE TABLE t (v text)');
    await a.query('BEGIN');
    await a.query("INSERT INTO t VALUES ('rolled back')");
    const committed = b.query("INSERT INTO t VALUES ('kept')");
    await a.query('ROLLBACK');
    await committed;
    await a.end();
    await b.end();
    await pg.stop();

    pg = await startEmbeddedPostgres({ dataDir: dir });
    const c = new Client({ connectionString: pg.url });
    await c.connect();
    const { rows } = await c.query('SELECT v FROM t');
    await c.end();
    await pg.stop();
    expect(rows).toEqual([{ v: 'kept' }]);
  }, 60_000);
});

describe('embedded PostgreSQL under concurrent parameterised queries', () => {
  // Without the pinning, pglite-socket runs one connection's Parse between another's Parse and Bind:
  // this workload then fails with "portal does not exist" / "bind message supplies 3 parameters".
  it('keeps each connection’s Parse/Bind/Execute together, with transactions interleaved', async () => {
    const pg = await startEmbeddedPostgres({ maxConnections: 16 });
    const pool = new Pool({ connectionString: pg.url, max: 8 });
    const errors: string[] = [];
    pool.on('error', (e) => errors.push(e.message));
    await pool.query('CREATE TABLE t (id serial PRIMARY KEY, a int, b text)');
    const worker = async (i: number) => {
      for (let j = 0; j < 45; j++) {
        try {
          if (j % 3 === 0) {
            const c = await pool.connect();
            try {
              await c.query('BEGIN');
              await c.query('INSERT INTO t (a, b) VALUES ($1, $2)', [i, `x${j}`]);
              await c.query('COMMIT');
            } finally {
              c.release();
            }
          } else if (j % 3 === 1) await pool.query('SELECT count(*) FROM t WHERE a = $1 AND b <> $2 AND id > $3', [i, 'z', 0]);
          else await pool.query('SELECT $1::int AS v', [j]);
        } catch (e) {
          errors.push(e instanceof Error ? e.message : String(e));
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: 12 }, (_, i) => worker(i)));
      const { rows } = await pool.query('SELECT count(*)::int AS n FROM t');
      expect(errors).toEqual([]);
      expect(rows[0].n).toBe(12 * 15);
    } finally {
      await pool.end();
      await pg.stop();
    }
  }, 90_000);
});
