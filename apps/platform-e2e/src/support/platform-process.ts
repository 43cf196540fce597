import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, DatabaseKind, TestDatabase } from '@accord/shared/testing';

const ROOT = join(__dirname, '..', '..', '..', '..');
export const PLATFORM_MAIN = join(ROOT, 'dist', 'apps', 'platform', 'main.js');

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

/**
 * Starts the BUILT platform (dist/apps/platform/main.js, as `npm start` runs it) in its own process:
 * on a fresh database of the real server, or on the embedded one in a temporary data folder.
 */
export async function startPlatform(kind: DatabaseKind, extraEnv: Record<string, string> = {}): Promise<PlatformProcess> {
  if (!existsSync(PLATFORM_MAIN)) throw new Error(`${PLATFORM_MAIN} is missing: run "npx nx build platform" (npm test does)`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-e2e-'));
  const db: TestDatabase | null = kind === 'postgres' ? await createTestDatabase('postgres') : null;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ACCORD_DATA_DIR: dataDir, JWT_SECRET: 'e2e-secret-0123456789abcdef0123456789', ...extraEnv };
  delete env['DATABASE_URL'];
  delete env['KAFKA_BROKERS'];
  if (db) env['DATABASE_URL'] = db.url;
  let log = '';
  const child = spawn(process.execPath, ['--enable-source-maps', PLATFORM_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => log);
  return {
    url,
    kind,
    child,
    output: () => log,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      await db?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`platform exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`platform not healthy within ${timeoutMs} ms:\n${log()}`);
}
