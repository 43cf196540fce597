import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres, EmbeddedPostgres } from '@accord/shared/persistence';

/**
 * The real PostgreSQL server tests use. `npm test` sets ACCORD_TEST_PG_URL when it finds one
 * (127.0.0.1:5432 here); CI always does and refuses to run without it.
 */
export function realPostgresUrl(): string | undefined {
  return process.env['ACCORD_TEST_PG_URL'] || undefined;
}

export interface TestDatabase {
  readonly kind: 'postgres' | 'embedded';
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the real server, so test files can run in parallel. */
export async function createServerTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `accord_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** An in-memory embedded PostgreSQL (PGlite): ~3–6 s to create, so one per test file. */
export async function createEmbeddedTestDatabase(): Promise<TestDatabase> {
  const pg: EmbeddedPostgres = await startEmbeddedPostgres({ maxConnections: 64 });
  return { kind: 'embedded', url: pg.url, drop: () => pg.stop() };
}

export type DatabaseKind = 'postgres' | 'embedded';

/** Which databases a "runs on both" suite should use here, and a line saying what was skipped. */
export function databaseKinds(): DatabaseKind[] {
  const kinds: DatabaseKind[] = ['embedded'];
  if (realPostgresUrl()) kinds.unshift('postgres');
  else if (!warned) {
    warned = true;
    console.warn('[accord] ACCORD_TEST_PG_URL is not set: the real-PostgreSQL variant of this suite did NOT run (embedded only).');
  }
  return kinds;
}
let warned = false;

export function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const url = realPostgresUrl();
    if (!url) throw new Error('ACCORD_TEST_PG_URL is not set');
    return createServerTestDatabase(url);
  }
  return createEmbeddedTestDatabase();
}
