import autocannon = require('autocannon');
import { BenchPlatform, commitmentBody, progressBody } from './bench-platform';
import { CpuPerCommand, isLocalDatabase, perCommand, sampleCpu } from './cpu-split';
import { percentiles, Percentiles, round } from './percentiles';

export interface WriteStep {
  readonly connections: number;
  readonly acceptedPerSecond: number;
  readonly requestsPerSecond: number;
  readonly statusCounts: Record<string, number>;
  readonly errors: number;
  readonly latencyMs: Percentiles;
  /** Where each accepted command's CPU went (platform process, this machine's PostgreSQL, the load generator). */
  readonly cpuPerCommand: CpuPerCommand;
}

/**
 * Closed-loop load at rising concurrency. Each connection signs in as one of the focal points and
 * alternates: log a commitment, then report progress on the one it just logged (its own aggregate, so
 * optimistic concurrency never refuses it). Accepted = 201 responses per second.
 */
export async function writeThroughput(bench: BenchPlatform, durationS: number, steps: readonly number[]): Promise<WriteStep[]> {
  const results: WriteStep[] = [];
  for (const connections of steps) {
    results.push(await step(bench, durationS, connections));
    const last = results[results.length - 1];
    const cpu = last.cpuPerCommand;
    console.log(
      `[bench] ${bench.kind} write c=${connections}: ${last.acceptedPerSecond} accepted/s, p50 ${last.latencyMs.p50} p95 ${last.latencyMs.p95} p99 ${last.latencyMs.p99} ms, statuses ${JSON.stringify(last.statusCounts)}; ` +
        `CPU per command: platform ${cpu.platformMs} ms, PostgreSQL ${cpu.postgresMs ?? 'n/a'} ms, load generator ${cpu.loadGeneratorMs} ms`,
    );
  }
  return results;
}

function step(bench: BenchPlatform, durationS: number, connections: number): Promise<WriteStep> {
  const latencies: number[] = [];
  let nextToken = 0;
  const tokenOf = (ctx: Record<string, unknown>) => {
    ctx['token'] ??= bench.tokens[nextToken++ % bench.tokens.length];
    return ctx['token'] as string;
  };
  // PostgreSQL's processes are counted when they run on this machine; the embedded one is inside the platform.
  const cpuBefore = sampleCpu(bench.platform.child.pid ?? 0, bench.kind === 'postgres' && isLocalDatabase(bench.database?.url));
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: bench.platform.url,
        connections,
        duration: durationS,
        timeout: 30,
        requests: [
          {
            setupRequest: (req, ctx) => ({ ...req, method: 'POST', path: '/api/commitments', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(ctx)}` }, body: commitmentBody() }),
            onResponse: (status, body, ctx) => {
              ctx['id'] = status === 201 ? (JSON.parse(body) as { id: string }).id : undefined;
            },
          },
          {
            setupRequest: (req, ctx) => ({
              ...req,
              method: 'POST',
              path: ctx['id'] ? `/api/commitments/${String(ctx['id'])}/progress` : '/api/commitments',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(ctx)}` },
              body: ctx['id'] ? progressBody(40) : commitmentBody(),
            }),
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
        const cpuPerCommand = perCommand(cpuBefore, sampleCpu(bench.platform.child.pid ?? 0, cpuBefore.postgres !== null), statusCounts['201'] ?? 0);
        resolve({
          connections,
          acceptedPerSecond: round((statusCounts['201'] ?? 0) / result.duration),
          requestsPerSecond: round(result.requests.total / result.duration),
          statusCounts,
          errors: result.errors,
          latencyMs: percentiles(latencies),
          cpuPerCommand,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTimeMs: number) => latencies.push(responseTimeMs));
  });
}
