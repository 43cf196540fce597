import { Client } from 'pg';
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
