import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { PlatformProcess } from '../../support/platform-process';

/**
 * Row counts of the platform's own database (outbox and every context's tables), found through the
 * child process's connections to the real PostgreSQL server (`ss`), so parallel platforms of other
 * suites are never confused with ours. Only for the server variant: the embedded database takes one
 * connection, the platform's.
 */
export class StoredCounts {
  private constructor(private readonly url: string) {}

  static async of(platform: PlatformProcess): Promise<StoredCounts | null> {
    const server = process.env['ACCORD_TEST_PG_URL'];
    const pid = platform.child.pid;
    if (platform.kind !== 'postgres' || !server || !pid) return null;
    const ports = execFileSync('ss', ['-tnpH', 'dport', '= :5432'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(`pid=${pid},`))
      .map((line) => Number(/:(\d+)\s+\S+:5432\b/.exec(line)?.[1]))
      .filter((p) => p > 0);
    const client = new Client({ connectionString: server });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>('SELECT DISTINCT datname FROM pg_stat_activity WHERE client_port = ANY($1::int[])', [ports]);
      if (rows.length !== 1) throw new Error(`expected the platform's one database, found ${JSON.stringify(rows)} for ports ${ports.join(',')}`);
      const url = new URL(server);
      url.pathname = `/${rows[0].datname}`;
      return new StoredCounts(url.toString());
    } finally {
      await client.end();
    }
  }

  /** `schema.table → rows` for every table but the audit trail (refusals are meant to be written there). */
  async take(): Promise<Record<string, number>> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ name: string }>(
        `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
          WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', 'public', 'audit') ORDER BY 1`,
      );
      const out: Record<string, number> = {};
      for (const { name } of tables) out[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`)).rows[0].n);
      return out;
    } finally {
      await client.end();
    }
  }
}
