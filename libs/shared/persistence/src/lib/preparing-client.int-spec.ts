import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from './data-source.factory';
import { MAX_PREPARED_PER_CONNECTION, PreparingClient } from './preparing-client';

// Not @accord/shared/testing's helpers: that library depends on this one.
const serverUrl = process.env['ACCORD_TEST_PG_URL'];
if (!serverUrl) console.warn('[accord] ACCORD_TEST_PG_URL is not set: the PreparingClient suite did NOT run (prepared statements are for a PostgreSQL server).');
// Skipped only without a real server (CI always has one): PreparingClient is never used on PGlite.
const onRealServer = serverUrl ? describe : describe.skip;

onRealServer('PreparingClient on a PostgreSQL server', () => {
  const name = `accord_t_prep_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: serverUrl });
  let client: PreparingClient;
  let dbUrl: string;
  const prepared = async () =>
    (await client.query<{ statement: string }>(`SELECT statement FROM pg_prepared_statements ORDER BY prepare_time`)).rows.map((r) => r.statement);

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    dbUrl = url.toString();
    client = new PreparingClient({ connectionString: dbUrl });
    await client.connect();
  }, 30_000);
  afterAll(async () => {
    await client?.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('prepares a parameterised statement at its second use and reuses it; one used once, or without parameters, stays unnamed', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    expect((await client.query(text, [1])).rows).toEqual([{ n: 2 }]);
    expect(await prepared()).toEqual([]);
    expect((await client.query(text, [41])).rows).toEqual([{ n: 42 }]);
    expect((await client.query(text, [9])).rows).toEqual([{ n: 10 }]);
    expect((await client.query('SELECT 7 AS n')).rows).toEqual([{ n: 7 }]);
    expect((await client.query('SELECT $1::text AS once', ['x'])).rows).toEqual([{ once: 'x' }]);
    expect(await prepared()).toEqual([text]);
  });

  it('is what a data source with prepareStatements uses, planning every execution for its own parameters', async () => {
    const ds = createDataSource({ url: dbUrl, entities: [], migrations: [], poolSize: 1, prepareStatements: true });
    await ds.initialize();
    try {
      const text = 'SELECT count(*)::int AS n FROM generate_series(1, $1::int)';
      for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(await ds.query(text, [n])).toEqual([{ n }]);
      const [row] = await ds.query(`SELECT generic_plans::int AS generic, custom_plans::int AS custom, current_setting('plan_cache_mode') AS mode FROM pg_prepared_statements WHERE statement = $1`, [text]);
      expect(row).toEqual({ generic: 0, custom: 6, mode: 'force_custom_plan' }); // prepared at its second use
    } finally {
      await ds.destroy();
    }
  });

  it('forgets a statement whose preparation failed, so it is prepared again once it can be', async () => {
    const text = 'INSERT INTO later (v) VALUES ($1)';
    await client.query('CREATE TABLE later (v text)');
    await client.query(text, ['a']); // first use: unnamed
    await client.query('DROP TABLE later');
    await expect(client.query(text, ['b'])).rejects.toThrow(/relation "later" does not exist/); // second use: its Parse fails
    await client.query('CREATE TABLE later (v text)');
    await client.query(text, ['c']);
    await client.query(text, ['d']);
    expect((await client.query('SELECT v FROM later ORDER BY v')).rows).toEqual([{ v: 'c' }, { v: 'd' }]);
    expect(await prepared()).toContain(text);
  });

  it(`keeps at most ${MAX_PREPARED_PER_CONNECTION} statements per connection; past that they run unnamed, with the same results`, async () => {
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 10; i++)
      for (const twice of [2, 3]) expect((await client.query(`SELECT $1::int * ${i} AS n`, [twice])).rows).toEqual([{ n: twice * i }]);
    expect(await prepared()).toHaveLength(MAX_PREPARED_PER_CONNECTION);
  });
});
