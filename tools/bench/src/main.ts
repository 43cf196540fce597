import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@accord/shared/persistence';
import { Client } from 'pg';
import { createServerTestDatabase } from '@accord/shared/testing';
import { BenchArgs, BenchName, DbKind, parseBenchArgs } from './bench-args';
import { startBenchPlatform } from './bench-platform';
import { isLocalDatabase } from './cpu-split';
import { drain } from './drain';
import { e2eLatency } from './e2e-latency.bench';
import { fanout } from './fanout.bench';
import { floor, FloorStep } from './floor.bench';
import { PgbenchResult, runPgbench } from './pgbench.bench';
import { rebuild } from './rebuild.bench';
import { slow3g } from './slow3g.bench';
import { writeResults } from './results-file';
import { writeThroughput } from './write-throughput.bench';

type Figures = Record<string, unknown>;

async function benchOne(kind: DbKind, args: BenchArgs): Promise<Figures> {
  const on = (b: BenchName) => args.only.includes(b);
  const figures: Figures = { db: kind };
  const nodeArgs = args.cpuProf ? ['-r', join(__dirname, 'exit-on-sigterm.cjs'), '--cpu-prof', `--cpu-prof-dir=${join(process.cwd(), 'tmp', 'bench-prof')}`] : [];
  const needsPlatform = on('write') || on('e2e') || on('fanout') || ((on('pgbench') || on('floor')) && kind === 'postgres');
  const bench = needsPlatform ? await startBenchPlatform(kind, args.pgServerUrl, nodeArgs) : null;
  try {
    // Fan-out first, on a fresh process, so the RSS delta is the connections' own; e2e before the write
    // bench, so no backlog of projections from it is still draining; pgbench last, so the checkpoint and
    // vacuum its 100k rows leave behind do not land in our measurements. Each step starts after a
    // CHECKPOINT, so none pays for the dirty pages of the one before.
    if (bench && on('fanout')) {
      const f = await fanout(bench, args.durationS, 1_000);
      console.log(`[bench] ${kind} fan-out to ${f.clients} clients: ${f.deliveries}/${f.expectedDeliveries} deliveries, command→client p50 ${f.commandToClientMs.p50} p99 ${f.commandToClientMs.p99} ms, first→each client p99 ${f.firstToEachClientMs.p99} ms; RSS ${f.rssBeforeKb} → ${f.rssAfterKb} KiB = ${f.kbPerConnection} KiB/connection`);
      figures['fanout'] = f;
    }
    if (bench && on('e2e')) {
      console.log(`[bench] ${kind}: waiting for the consumers to catch up (${await drain(bench)} ms)`);
      await checkpoint(bench.database?.url);
      figures['e2e'] = await e2eLatency(bench, args.durationS, args.long ? [50, 100, 200, 300, 500, 750] : [50, 200, 500]);
    }
    if (bench && on('write')) {
      await drain(bench);
      await checkpoint(bench.database?.url);
      figures['write'] = await writeThroughput(bench, args.durationS, args.long ? [8, 32, 64, 128, 256] : [8, 32, 64]);
    }
    if (on('pgbench')) {
      // The platform stays up but idle (its consumers caught up), as the reference gets the machine to itself.
      if (bench) await drain(bench);
      await checkpoint(bench?.database?.url);
      figures['pgbench'] = await pgbenchFor(kind, bench?.database?.url, args.durationS);
    }
    if (on('floor') && kind === 'postgres' && bench?.database) {
      // After pgbench for the same reason; at the write bench's top concurrency, against the same database.
      await checkpoint(bench.database.url);
      figures['floor'] = await floor(bench.database.url, args.durationS, args.long ? 256 : 64, isLocalDatabase(bench.database.url));
    } else if (on('floor') && kind === 'embedded') {
      console.log('[bench] floor: measured on the real PostgreSQL only (the embedded database lives inside the platform process)');
    }
    if (bench) figures['platformPeakRssMb'] = Math.round(bench.platform.memoryKb().peak / 1024);
  } finally {
    await bench?.stop();
  }
  if (on('rebuild')) figures['rebuild'] = await rebuildFor(kind, args);
  return figures;
}

/** Writes out the dirty pages of earlier steps now (real PostgreSQL only; the embedded one has no such I/O). */
async function checkpoint(url: string | undefined): Promise<void> {
  if (!url) return;
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('CHECKPOINT');
  } catch (e) {
    // Needs superuser or pg_checkpoint: without it the figures are noisier, not wrong.
    console.log(`[bench] CHECKPOINT refused, continuing without it: ${String(e)}`);
  } finally {
    await c.end();
  }
}

async function pgbenchFor(kind: DbKind, url: string | undefined, durationS: number): Promise<PgbenchResult> {
  if (kind === 'postgres' && url) {
    const r = await runPgbench(url, durationS, 8, 2, isLocalDatabase(url));
    console.log(`[bench] postgres pgbench reference (state row + event row per transaction, -c 8 -j 2): ${r.tps} tps; PostgreSQL CPU per transaction ${r.postgresCpuMsPerTx ?? 'n/a'} ms`);
    return r;
  }
  // The platform's PGlite lives inside its process; an identical PGlite behind the same socket server stands in.
  const pg = await startEmbeddedPostgres({ maxConnections: 16 });
  try {
    const r = await runPgbench(pg.url, durationS).catch(async (e: unknown) => ({ ...(await runPgbench(pg.url, durationS, 1, 1)), note: `-c 8 failed on the PGlite socket (${String(e).slice(0, 200)}); -c 1 -j 1` }));
    console.log(`[bench] embedded pgbench reference against a PGlite socket server (-c ${r.clients}): ${r.tps} tps`);
    return r;
  } finally {
    await pg.stop();
  }
}

async function rebuildFor(kind: DbKind, args: BenchArgs): Promise<unknown> {
  const perEventSeconds = Math.min(args.durationS, 15);
  if (kind === 'embedded') return rebuild('embedded', args.rebuildEvents, perEventSeconds);
  const db = await createServerTestDatabase(args.pgServerUrl);
  try {
    return await rebuild(db.url, args.rebuildEvents, perEventSeconds);
  } finally {
    await db.drop();
  }
}

function headline(f: Figures | undefined): Figures {
  if (!f) return {};
  const write = f['write'] as { acceptedPerSecond: number }[] | undefined;
  const writesPerSecond = write ? Math.max(...write.map((s) => s.acceptedPerSecond)) : null;
  const pgbench = f['pgbench'] as PgbenchResult | undefined;
  const e2e = f['e2e'] as { steps: { rate: number; latencyMs: { p99: number } }[]; maxRateWithP99Under100: number | null } | undefined;
  const fan = f['fanout'] as { commandToClientMs: { p99: number }; kbPerConnection: number } | undefined;
  const reb = f['rebuild'] as { batchedEventsPerSecond: number; perEventPathEventsPerSecond: number; peakRssMb: number } | undefined;
  const floorOf = (variant: FloorStep['variant']) => (f['floor'] as FloorStep[] | undefined)?.find((s) => s.variant === variant)?.acceptedPerSecond ?? null;
  const ratio = (a: number | null, b: number | null | undefined) => (a && b ? Math.round((a / b) * 1000) / 1000 : null);
  return {
    writesPerSecond,
    pgbenchReferenceTps: pgbench?.tps ?? null,
    writeRatio: ratio(writesPerSecond, pgbench?.tps),
    floorNodePerSecond: floorOf('node'),
    floorNestPerSecond: floorOf('nest'),
    floorNodeRatio: ratio(floorOf('node'), pgbench?.tps),
    floorNestRatio: ratio(floorOf('nest'), pgbench?.tps),
    writeShareOfNestFloor: ratio(writesPerSecond, floorOf('nest')),
    e2eP99MsAt200: e2e?.steps.find((s) => s.rate === 200)?.latencyMs.p99 ?? null,
    maxRateWithP99Under100: e2e?.maxRateWithP99Under100 ?? null,
    fanoutP99Ms: fan?.commandToClientMs.p99 ?? null,
    fanoutKbPerConnection: fan?.kbPerConnection ?? null,
    rebuildEventsPerSecond: reb?.batchedEventsPerSecond ?? null,
    rebuildPerEventPathEventsPerSecond: reb?.perEventPathEventsPerSecond ?? null,
    rebuildPeakRssMb: reb?.peakRssMb ?? null,
  };
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadavgAtStart: loadavg().map((l) => Math.round(l * 100) / 100), node: process.version, note: 'load generator, platform and database share the same cores' };
  console.log(`[bench] ${JSON.stringify({ ...args, machine })}`);
  const runs: Partial<Record<DbKind, Figures>> = {};
  const perDbBenches = args.only.some((b) => b !== 'slow3g');
  for (const kind of perDbBenches ? args.dbs : []) runs[kind] = await benchOne(kind, args);
  // The browser bench runs once, on the platform's default (embedded) database: it measures the network.
  const firstRender = args.only.includes('slow3g') ? await slow3g(args.runs) : null;
  if (firstRender) console.log(`[bench] slow3g: first board rows ${firstRender.firstRowsMsMedian} ms, app rows ${firstRender.appRowsMsMedian} ms (median of ${firstRender.runs.length}; target ${firstRender.targetMs} ms)`);
  const perDb = Object.fromEntries(Object.entries(runs).map(([k, f]) => [k, headline(f)]));
  const primary = { ...(perDb['postgres'] ?? perDb['embedded'] ?? {}), ...(firstRender ? { slow3gFirstRowsMs: firstRender.firstRowsMsMedian, slow3gAppRowsMs: firstRender.appRowsMsMedian } : {}) };
  const results = { at: new Date().toISOString(), args, machine: { ...machine, loadavgAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) }, ...primary, headlineDb: perDb['postgres'] ? 'postgres' : 'embedded', perDb, runs, ...(firstRender ? { slow3g: firstRender } : {}) };
  const file = writeResults(results);
  console.log(`\n[bench] headline (${results.headlineDb}): ${JSON.stringify(primary)}`);
  if (perDb['embedded'] && perDb['postgres']) console.log(`[bench] embedded: ${JSON.stringify(perDb['embedded'])}`);
  console.log(`[bench] written to ${file} and tools/bench/results/latest.json`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
