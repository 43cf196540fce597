import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '@accord/portal/testing';
import { launchPlatform } from '@accord/shared/testing';

/**
 * Issue 7's profile as apps/platform-e2e/src/browser/connection-loss.e2e-spec.ts applies it: ~400 kbit/s
 * each way and a 400 ms round trip (CDP Network.emulateNetworkConditions; DevTools' own "Slow 3G" preset
 * is 2,000 ms RTT at 400 kbit/s * 0.8, much slower).
 */
export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const TARGET_MS = 3_000;

export interface RequestTiming {
  readonly url: string;
  readonly kiB: number;
  readonly encoding: string;
  readonly startMs: number;
  readonly doneMs: number;
}

export interface Slow3gRun {
  /** First board row on screen, whoever drew it (the server's first paint or the app). */
  readonly firstRowsMs: number;
  /** First board row drawn by the running Angular app (interactive: filters, links, live updates). */
  readonly appRowsMs: number;
  readonly transferredKiB: number;
  /** Requests started before the app's rows appeared, in start order. */
  readonly requests: RequestTiming[];
  /** Longest chain of requests that each started only after an earlier one had finished. */
  readonly roundTripDepth: number;
}

export interface Slow3gResult {
  readonly profile: string;
  readonly runs: Slow3gRun[];
  readonly firstRowsMsMedian: number;
  readonly appRowsMsMedian: number;
  readonly targetMs: number;
  readonly targetMet: boolean;
}

/** The built platform (embedded database, demo data) and a cold-cache Chromium on Slow 3G, `runs` times. */
export async function slow3g(runs: number): Promise<Slow3gResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-bench-slow3g-'));
  const [platform, chromium] = await Promise.all([launchPlatform({ dataDir, env: { ACCORD_LOG_LEVEL: 'warn' } }), launchChromium()]);
  try {
    const results: Slow3gRun[] = [];
    // A first, unmeasured load warms the server (JIT, database pages): the figure is the network's.
    await measure(platform.url, chromium.context);
    for (let i = 0; i < runs; i++) {
      const run = await measure(platform.url, chromium.context);
      console.log(`[bench] slow3g run ${i + 1}: first rows ${run.firstRowsMs} ms, app rows ${run.appRowsMs} ms, ${run.transferredKiB} KiB, ${run.requests.length} requests, round-trip depth ${run.roundTripDepth}`);
      results.push(run);
    }
    const firstRowsMsMedian = median(results.map((r) => r.firstRowsMs));
    return {
      profile: 'latency 400 ms, 400 kbit/s down and up (CDP Network.emulateNetworkConditions), cache disabled, 1280x900',
      runs: results,
      firstRowsMsMedian,
      appRowsMsMedian: median(results.map((r) => r.appRowsMs)),
      targetMs: TARGET_MS,
      targetMet: firstRowsMsMedian < TARGET_MS,
    };
  } finally {
    await chromium.close();
    await platform.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Context = Awaited<ReturnType<typeof launchChromium>>['context'];

interface CdpRequest {
  requestId: string;
  request: { url: string };
}

async function measure(base: string, context: Context): Promise<Slow3gRun> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  const started = Date.now();
  const open = new Map<string, { url: string; startMs: number; encoding: string }>();
  const requests: RequestTiming[] = [];
  cdp.on('Network.requestWillBeSent', (e: CdpRequest) => open.set(e.requestId, { url: e.request.url.replace(base, ''), startMs: Date.now() - started, encoding: 'identity' }));
  cdp.on('Network.responseReceived', (e: { requestId: string; response: { headers: Record<string, string> } }) => {
    const r = open.get(e.requestId);
    if (r) r.encoding = e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? 'identity';
  });
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    const r = open.get(e.requestId);
    if (r) requests.push({ ...r, kiB: Math.round(e.encodedDataLength / 102.4) / 10, doneMs: Date.now() - started });
  });
  await page.goto(base, { waitUntil: 'commit' });
  const firstRows = page.locator('[data-testid="board-item"], [data-testid="board-first-paint-item"]').first().waitFor({ timeout: 60_000 }).then(() => Date.now() - started);
  const appRows = page.locator('acc-root [data-testid="board-item"]').first().waitFor({ timeout: 60_000 }).then(() => Date.now() - started);
  const [firstRowsMs, appRowsMs] = await Promise.all([firstRows, appRows]);
  await cdp.detach();
  await page.close();
  const before = requests.filter((r) => r.startMs <= appRowsMs).sort((a, b) => a.startMs - b.startMs);
  return {
    firstRowsMs,
    appRowsMs,
    transferredKiB: Math.round(before.reduce((n, r) => n + r.kiB, 0) * 10) / 10,
    requests: before,
    roundTripDepth: chainDepth(before),
  };
}

/** Depth of the dependency chain: a request depends on one that finished before it started. */
function chainDepth(requests: RequestTiming[]): number {
  const depth: number[] = [];
  requests.forEach((r, i) => {
    const parents = requests.slice(0, i).map((p, j) => (p.doneMs <= r.startMs ? depth[j] : 0));
    depth.push(1 + Math.max(0, ...parents));
  });
  return Math.max(0, ...depth);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
