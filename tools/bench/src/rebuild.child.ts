// Child process of the rebuild bench (own process, so its peak memory is its own):
//   node -r ts-register.cjs rebuild.child.ts <database url> <events> <seconds for the per-event path>
// Prints one JSON line prefixed with RESULT.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boardMigrations, CommitmentBoardBatchRebuild, CommitmentBoardProjection, CommitmentBoardQueries } from '@accord/commitments/board';
import { COMMITMENT_EVENT_SCHEMAS } from '@accord/commitments/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { EmbeddedTransport, EventConsumerHost, messagingMigrations } from '@accord/shared/messaging';
import { createDataSource, runMigrations, startEmbeddedPostgres } from '@accord/shared/persistence';
import { processMemoryKb } from '@accord/shared/testing';
import { DataSource } from 'typeorm';
import { writeSyntheticLog } from './synthetic-events';

async function main(): Promise<void> {
  const [target, eventsArg, perEventSecondsArg] = process.argv.slice(2);
  const events = Number(eventsArg);
  // "embedded": PGlite in this process with its files on disk, as the platform runs it by default (an
  // in-memory PGlite would hold the whole million-event database in the process and count it as peak RSS).
  const dataDir = target === 'embedded' ? mkdtempSync(join(tmpdir(), 'accord-rebuild-')) : null;
  const embedded = dataDir ? await startEmbeddedPostgres({ maxConnections: 16, dataDir }) : null;
  const url = embedded?.url ?? target;
  const ds = createDataSource({ url, entities: [], migrations: [...messagingMigrations, ...boardMigrations], poolSize: 4, applicationName: 'bench-rebuild' });
  await ds.initialize();
  await runMigrations(ds);
  const registry = new EventRegistry(COMMITMENT_EVENT_SCHEMAS);
  const writeRowsPerSecond = await writeSyntheticLog(ds, events);
  console.log(`[bench] rebuild: wrote ${events} synthetic events at ${writeRowsPerSecond} rows/s`);
  const perEvent = await perEventPath(ds, registry, Number(perEventSecondsArg));
  console.log(`[bench] rebuild: per-event consumer path (EventConsumerHost + CommitmentBoardProjection) ${perEvent} events/s`);
  // The whole read model goes, its event history too: what a rebuild from scratch starts from.
  await ds.query('TRUNCATE board.commitment_view, board.commitment_timeline, board.event_history, messaging.inbox_message');
  const memBefore = processMemoryKb(process.pid);
  const started = performance.now();
  const r = await new CommitmentBoardBatchRebuild(ds, ds, registry).catchUp();
  const seconds = (performance.now() - started) / 1000;
  const [{ n }]: { n: string }[] = await ds.query('SELECT count(*)::text AS n FROM board.commitment_timeline');
  const result = {
    events, writeRowsPerSecond, perEventPathEventsPerSecond: perEvent,
    batchedEventsPerSecond: Math.round(events / seconds), batchedSeconds: Math.round(seconds * 10) / 10,
    applied: r.applied, skipped: r.skipped, refused: r.refused.length, timelineRows: Number(n),
    rssBeforeMb: Math.round(memBefore.rss / 1024), peakRssMb: Math.round(processMemoryKb(process.pid).peak / 1024),
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
  await ds.destroy();
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

/** The live path: the embedded transport delivers the log to the consumer host, one event per transaction. */
async function perEventPath(ds: DataSource, registry: EventRegistry, seconds: number): Promise<number> {
  // The publisher is never reached: afterCommit (socket pushes) is not registered for a replay.
  const projection = new CommitmentBoardProjection(new CommitmentBoardQueries(ds), Object.create(LiveUpdatePublisher.prototype) as LiveUpdatePublisher);
  const host = new EventConsumerHost(ds, registry);
  host.register({ name: projection.name, topics: projection.topics, apply: (e, m) => projection.apply(e, m) });
  const transport = new EmbeddedTransport(ds, { batchSize: 500, pollMs: 50 });
  await host.start(transport, 'bench-per-event');
  await transport.start();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  await transport.stop();
  const [{ n }]: { n: string }[] = await ds.query(`SELECT count(*)::text AS n FROM messaging.inbox_message WHERE consumer = $1`, [projection.name]);
  return Math.round(Number(n) / seconds);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
