import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { MeasuredLoad, measuredLoad } from './measured-load';
import { prepareReferenceTables } from './pgbench.bench';

const HOOK = join(__dirname, '..', '..', '..', 'libs', 'shared', 'messaging', 'src', 'testing', 'ts-register.cjs');

export type FloorVariant = 'node' | 'nest';

export interface FloorStep extends MeasuredLoad {
  readonly variant: FloorVariant;
  readonly connections: number;
}

/**
 * The ceiling any design on this stack and these cores could reach: the write bench's HTTP load against a
 * server that does only the pgbench reference's transaction, as one statement (floor-server.child.ts).
 * `node` is node:http + pg alone; `nest` adds the thinnest NestJS + Fastify + ValidationPipe + CQRS path.
 * Accord's own figure divided by these tells what is left to our code; these divided by pgbench, what the
 * stack itself costs.
 */
export async function floor(url: string, durationS: number, connections: number, localDatabase: boolean): Promise<FloorStep[]> {
  await prepareReferenceTables(url);
  const steps: FloorStep[] = [];
  for (const variant of ['node', 'nest'] as const) {
    const server = await startFloorServer(variant, url);
    try {
      const s = await load(variant, server, durationS, connections, localDatabase);
      console.log(
        `[bench] floor (${variant}) c=${connections}: ${s.acceptedPerSecond} accepted/s, p50 ${s.latencyMs.p50} p99 ${s.latencyMs.p99} ms; ` +
          `CPU per command: server ${s.cpuPerCommand.platformMs} ms, PostgreSQL ${s.cpuPerCommand.postgresMs ?? 'n/a'} ms, load generator ${s.cpuPerCommand.loadGeneratorMs} ms`,
      );
      steps.push(s);
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
    }
  }
  return steps;
}

interface FloorServer {
  readonly child: ChildProcess;
  readonly url: string;
}

function startFloorServer(variant: FloorVariant, databaseUrl: string): Promise<FloorServer> {
  const child = spawn(process.execPath, ['-r', HOOK, join(__dirname, 'floor-server.child.ts'), variant, databaseUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const port = /listening (\d+)/.exec(out)?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}` });
    });
    child.once('exit', (code) => reject(new Error(`floor server (${variant}) exited ${code} before listening: ${out}`)));
  });
}

async function load(variant: FloorVariant, server: FloorServer, durationS: number, connections: number, localDatabase: boolean): Promise<FloorStep> {
  const body = JSON.stringify({ title: 'Bench commitment on fair recruitment', description: 'Measured by the benchmark harness: a pledge with an indicator and a due date.' });
  const options = { url: `${server.url}/floor`, method: 'POST', connections, duration: durationS, headers: { 'content-type': 'application/json' }, body };
  return { variant, connections, ...(await measuredLoad(options, server.child.pid ?? 0, localDatabase)) };
}
