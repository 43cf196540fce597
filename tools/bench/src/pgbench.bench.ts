import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { postgresCpuSeconds } from './cpu-split';

export interface PgbenchResult {
  readonly tps: number;
  readonly clients: number;
  readonly threads: number;
  readonly latencyAvgMs: number | null;
  /** PostgreSQL's CPU per transaction, ms (its processes on this machine; null for a PGlite or a remote server). */
  readonly postgresCpuMsPerTx?: number | null;
  readonly target: string;
  readonly note?: string;
}

// What one command minimally must do: one state row and one event row, committed together. Row sizes
// are close to a commitment row and its outbox envelope.
const SCRIPT = `\\set id random(1, 9000000000000000)
BEGIN;
INSERT INTO bench_ref.state_row (id, title, description, version, updated_at) VALUES (:id, 'Bench commitment on fair recruitment', repeat('d', 120), 1, now());
INSERT INTO bench_ref.event_row (aggregate_id, type, envelope) VALUES (:id, 'CommitmentLogged', ('{"type":"CommitmentLogged","payload":{"title":"' || repeat('t', 600) || '"}}')::jsonb);
END;
`;

export async function prepareReferenceTables(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('CREATE SCHEMA IF NOT EXISTS bench_ref');
    await c.query('CREATE TABLE IF NOT EXISTS bench_ref.state_row (id bigint PRIMARY KEY, title text NOT NULL, description text NOT NULL, version int NOT NULL, updated_at timestamptz NOT NULL)');
    await c.query('CREATE TABLE IF NOT EXISTS bench_ref.event_row (position bigserial PRIMARY KEY, aggregate_id bigint NOT NULL, type text NOT NULL, envelope jsonb NOT NULL, appended_at timestamptz DEFAULT now())');
  } finally {
    await c.end();
  }
}

/** `pgbench -n -c <clients> -j <threads> -T <duration> -f <script>` against url; `serverCpu` when it is this machine's PostgreSQL. */
export async function runPgbench(url: string, durationS: number, clients = 8, threads = 2, serverCpu = false): Promise<PgbenchResult> {
  await prepareReferenceTables(url);
  const dir = mkdtempSync(join(tmpdir(), 'accord-pgbench-'));
  const script = join(dir, 'state-and-event.sql');
  writeFileSync(script, SCRIPT);
  try {
    const cpuBefore = serverCpu ? postgresCpuSeconds() : null;
    const out = await exec('pgbench', ['-n', '-c', String(clients), '-j', String(threads), '-T', String(durationS), '-f', script, url]);
    const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? NaN);
    if (!Number.isFinite(tps)) throw new Error(`pgbench printed no tps:\n${out}`);
    const processed = Number(/number of transactions actually processed: (\d+)/.exec(out)?.[1] ?? 0);
    const postgresCpuMsPerTx = cpuBefore !== null && processed > 0 ? Math.round(((postgresCpuSeconds() - cpuBefore) * 1_000_000) / processed) / 1000 : null;
    const latency = /latency average = ([\d.]+) ms/.exec(out)?.[1];
    return { tps: Math.round(tps), clients, threads, latencyAvgMs: latency ? Number(latency) : null, postgresCpuMsPerTx, target: url.replace(/\/\/[^@]*@/, '//') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function exec(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited ${code}:\n${out.slice(-2000)}`))));
  });
}
