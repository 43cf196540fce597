import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
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
  const prepared = async () =>
    (await client.query<{ statement: string }>(`SELECT statement FROM pg_prepared_statements ORDER BY prepare_time`)).rows.map((r) => r.statement);

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    client = new PreparingClient({ connectionString: url.toString() });
    await client.connect();
  }, 30_000);
  afterAll(async () => {
    await client?.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('prepares a parameterised statement once and reuses it; a statement without parameters stays unnamed', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    expect((await client.query(text, [1])).rows).toEqual([{ n: 2 }]);
    expect((await client.query(text, [41])).rows).toEqual([{ n: 42 }]);
    expect((await client.query('SELECT 7 AS n')).rows).toEqual([{ n: 7 }]);
    expect(await prepared()).toEqual([text]);
  });

  it('forgets a statement whose preparation failed, so it is prepared again once it can be', async () => {
    const text = 'INSERT INTO later (v) VALUES ($1)';
    await expect(client.query(text, ['a'])).rejects.toThrow(/relation "later" does not exist/);
    await client.query('CREATE TABLE later (v text)');
    await client.query(text, ['b']);
    await client.query(text, ['c']);
    expect((await client.query('SELECT v FROM later ORDER BY v')).rows).toEqual([{ v: 'b' }, { v: 'c' }]);
    expect(await prepared()).toContain(text);
  });

  it(`keeps at most ${MAX_PREPARED_PER_CONNECTION} statements per connection; past that they run unnamed, with the same results`, async () => {
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 10; i++) expect((await client.query(`SELECT $1::int * ${i} AS n`, [2])).rows).toEqual([{ n: 2 * i }]);
    expect(await prepared()).toHaveLength(MAX_PREPARED_PER_CONNECTION);
  });
});
