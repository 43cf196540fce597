import { BenchPlatform, commitmentBody, progressBody } from './bench-platform';
import { isLocalDatabase } from './cpu-split';
import { MeasuredLoad, measuredLoad } from './measured-load';

export interface WriteStep extends MeasuredLoad {
  readonly connections: number;
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

async function step(bench: BenchPlatform, durationS: number, connections: number): Promise<WriteStep> {
  let nextToken = 0;
  const tokenOf = (ctx: Record<string, unknown>) => {
    ctx['token'] ??= bench.tokens[nextToken++ % bench.tokens.length];
    return ctx['token'] as string;
  };
  // PostgreSQL's processes are counted when they run on this machine; the embedded one is inside the platform.
  const load = await measuredLoad(
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
    bench.platform.child.pid ?? 0,
    bench.kind === 'postgres' && isLocalDatabase(bench.database?.url),
  );
  return { connections, ...load };
}
