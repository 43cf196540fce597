import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createServerTestDatabase, launchPlatform, LaunchedPlatform, realPostgresUrl, TestDatabase, UNLIMITED_RATES } from '@accord/shared/testing';
import { ApiClient } from '../../support/api-client';

/** The fault suites need the real server (they kill processes and terminate its backends). */
export function describeOnRealPostgres(title: string, body: () => void): void {
  if (realPostgresUrl()) describe(title, body);
  else {
    console.warn(`[accord] ACCORD_TEST_PG_URL is not set: the fault suite "${title}" did NOT run (it needs the real PostgreSQL).`);
    // Skipped only without a real server: killing backends and processes needs one (CI always has it).
    describe.skip(title, body);
  }
}

/** One database on the real server that outlives platform processes, so one can be killed and restarted. */
export class FaultRig {
  private platformProcess: LaunchedPlatform | null = null;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'accord-fault-'));

  private constructor(readonly database: TestDatabase, readonly sql: Client) {}

  static async create(): Promise<FaultRig> {
    const serverUrl = realPostgresUrl();
    if (!serverUrl) throw new Error('ACCORD_TEST_PG_URL is not set');
    const database = await createServerTestDatabase(serverUrl);
    const sql = new Client({ connectionString: database.url, application_name: 'fault-checker' });
    await sql.connect();
    return new FaultRig(database, sql);
  }

  get platform(): LaunchedPlatform {
    if (!this.platformProcess) throw new Error('no platform running');
    return this.platformProcess;
  }

  async start(env: Record<string, string> = {}): Promise<LaunchedPlatform> {
    this.platformProcess = await launchPlatform({ databaseUrl: this.database.url, dataDir: this.dataDir, env: { ...UNLIMITED_RATES, ...env } });
    return this.platformProcess;
  }

  async focal(cc: string): Promise<ApiClient> {
    return new ApiClient(this.platform.url).signIn(`focal.${cc}@accord.demo`);
  }

  async count(query: string, params: unknown[] = []): Promise<number> {
    const { rows } = await this.sql.query<{ n: string }>(query, params);
    return Number(rows[0]?.n ?? 0);
  }

  async dispose(): Promise<void> {
    await this.platformProcess?.kill('SIGTERM');
    await this.sql.end();
    await this.database.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
