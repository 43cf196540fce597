import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, DatabaseKind, TestDatabase } from '@accord/shared/testing';

const ROOT = join(__dirname, '..', '..', '..', '..');
export const E2E_JWT_SECRET = 'e2e-secret-0123456789abcdef0123456789';

export interface PlatformProcess {
  readonly url: string;
  readonly kind: DatabaseKind;
  readonly output: () => string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface BuiltApp {
  readonly url: string;
  readonly output: () => string;
  readonly child: ChildProcess;
  /** SIGTERM, then waits for the process to exit. */
  kill(): Promise<void>;
}

/** Starts a BUILT app (dist/apps/<name>/main.js) in its own process and waits for its /api/health. */
export async function startBuiltApp(name: string, env: NodeJS.ProcessEnv): Promise<BuiltApp> {
  const main = join(ROOT, 'dist', 'apps', name, 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run "npx nx run-many -t build" (npm test does)`);
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...env, PORT: String(port), HOST: '127.0.0.1' };
  let log = '';
  const child = spawn(process.execPath, ['--enable-source-maps', main], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => log);
  return {
    url,
    child,
    output: () => log,
    async kill() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/**
 * Starts the BUILT platform (dist/apps/platform/main.js, as `npm start` runs it) in its own process:
 * on a fresh database of the real server, or on the embedded one in a temporary data folder.
 */
export async function startPlatform(kind: DatabaseKind, extraEnv: Record<string, string> = {}): Promise<PlatformProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-e2e-'));
  const db: TestDatabase | null = kind === 'postgres' ? await createTestDatabase('postgres') : null;
  const env: NodeJS.ProcessEnv = { ...process.env, ACCORD_DATA_DIR: dataDir, JWT_SECRET: E2E_JWT_SECRET, ...extraEnv };
  delete env['DATABASE_URL'];
  delete env['KAFKA_BROKERS'];
  if (db) env['DATABASE_URL'] = db.url;
  const app = await startBuiltApp('platform', env);
  return {
    url: app.url,
    kind,
    child: app.child,
    output: app.output,
    async stop() {
      await app.kill();
      await db?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`process not healthy within ${timeoutMs} ms:\n${log()}`);
}
