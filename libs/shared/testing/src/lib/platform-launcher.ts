import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
/** ACCORD_PLATFORM_MAIN points at another build (e.g. a private copy while the shared dist is rebuilt). */
export const BUILT_PLATFORM_MAIN = process.env['ACCORD_PLATFORM_MAIN'] ?? join(ROOT, 'dist', 'apps', 'platform', 'main.js');

/** Rate limits high enough that a load test measures the write path, not the limiter. */
export const UNLIMITED_RATES: Readonly<Record<string, string>> = {
  ACCORD_RATE_WRITES_IP: '100000000',
  ACCORD_RATE_WRITES_TOKEN: '100000000',
  ACCORD_RATE_SIGNIN_IP: '100000',
  ACCORD_RATE_SIGNIN_EMAIL: '100000',
};

export interface LaunchOptions {
  /** A real PostgreSQL database; without it the platform opens its embedded one in dataDir. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly port?: number;
  readonly env?: Readonly<Record<string, string>>;
  readonly nodeArgs?: readonly string[];
  readonly healthTimeoutMs?: number;
}

export interface LaunchedPlatform {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  output(): string;
  /** Resident memory of the platform process in KiB (VmRSS), and its peak (VmHWM). */
  memoryKb(): { rss: number; peak: number };
  kill(signal: NodeJS.Signals): Promise<void>;
}

export function freeTcpPort(): Promise<number> {
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

/** Starts the BUILT platform in its own process (so it can be SIGKILLed) and waits for /api/health. */
export async function launchPlatform(options: LaunchOptions): Promise<LaunchedPlatform> {
  if (!existsSync(BUILT_PLATFORM_MAIN)) throw new Error(`${BUILT_PLATFORM_MAIN} is missing: run "npx nx build platform"`);
  const port = options.port ?? (await freeTcpPort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ACCORD_DATA_DIR: options.dataDir,
    JWT_SECRET: 'fault-and-bench-secret-0123456789abcdef',
    ...options.env,
  };
  delete env['DATABASE_URL'];
  delete env['KAFKA_BROKERS'];
  if (options.databaseUrl) env['DATABASE_URL'] = options.databaseUrl;
  let log = '';
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BUILT_PLATFORM_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (d: Buffer) => (log = (log + d.toString()).slice(-200_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => log, options.healthTimeoutMs ?? 120_000);
  return {
    url,
    port,
    child,
    output: () => log,
    memoryKb: () => processMemoryKb(child.pid ?? 0),
    kill: (signal) => killAndWait(child, signal),
  };
}

export function processMemoryKb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

function killAndWait(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`platform exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`platform not healthy within ${timeoutMs} ms:\n${log()}`);
}
