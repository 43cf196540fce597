import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerTestDatabase, launchPlatform, LaunchedPlatform, TestDatabase, UNLIMITED_RATES } from '@accord/shared/testing';
import { DbKind } from './bench-args';

export const FOCAL_COUNTRIES = ['bd', 'my', 'ph', 'ca', 'au', 'tn', 'eg', 'ly'] as const;

export interface BenchPlatform {
  readonly kind: DbKind;
  readonly platform: LaunchedPlatform;
  /** The real server's database, or null on the embedded one (inside the platform process). */
  readonly database: TestDatabase | null;
  readonly tokens: readonly string[];
  stop(): Promise<void>;
}

/** The built platform on a fresh database, with one signed-in focal point per demo State. */
export async function startBenchPlatform(kind: DbKind, pgServerUrl: string, nodeArgs: readonly string[] = []): Promise<BenchPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const database = kind === 'postgres' ? await createServerTestDatabase(pgServerUrl) : null;
  const platform = await launchPlatform({ databaseUrl: database?.url, dataDir, env: { ...UNLIMITED_RATES, ACCORD_LOG_LEVEL: 'warn' }, nodeArgs });
  const tokens = await Promise.all(FOCAL_COUNTRIES.map((cc) => signIn(platform.url, `focal.${cc}@accord.demo`)));
  return {
    kind,
    platform,
    database,
    tokens,
    async stop() {
      await platform.kill('SIGTERM');
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: process.env['ACCORD_DEMO_PASSWORD'] ?? 'accord-demo-2016' }),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (res.status !== 200 || !body.accessToken) throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(body)}`);
  return body.accessToken;
}

let serial = 0;
export function commitmentBody(): string {
  serial += 1;
  return JSON.stringify({
    title: `Bench commitment ${serial} on fair recruitment`,
    description: 'Measured by the benchmark harness: a pledge with an indicator and a due date.',
    gcmObjectives: [6, 23],
    sdgTargets: ['10.7', '8.8'],
    indicator: 'Workers recruited without paying fees',
    baseline: '10 %',
    targetValue: '90 %',
    dueDate: `${new Date().getUTCFullYear() + 3}-12-31`,
  });
}

export function progressBody(percent: number): string {
  return JSON.stringify({ percent, narrative: 'Benchmark progress report', evidenceLevel: 'emerging_practice' });
}

// node:http with keep-alive rather than fetch: the load generator shares the platform's two cores, and
// fetch (undici) spent about 1.6 ms of CPU per request here, which the platform then lacked.
const keepAlive = new Agent({ keepAlive: true, maxSockets: 256 });

export function postJson(url: string, token: string, body: string): Promise<{ status: number; body: { id?: string; version?: number } }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: keepAlive, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as { id?: string; version?: number }) : {} });
        } catch (e) {
          reject(e);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
