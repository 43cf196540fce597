import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CommitmentBoardBatchRebuild } from '@accord/commitments/board';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { createDataSource } from '@accord/shared/persistence';
import { eventually, TestDatabase } from '@accord/shared/testing';
import { describeOnRealPostgres, FaultRig } from './support/fault-platform';
import { appendToLog } from './support/log-append';
import { boardSnapshot, readModelDiscrepancies } from './support/read-model-checks';
import { commitmentRegistry, openReplayDatabase, startBoardConsumer } from './support/replay-database';
import { pause, writeStream } from './support/write-stream';

/** Per-aggregate order kept, aggregates interleaved at random: what a re-partitioned redelivery looks like. */
function shuffledAcrossAggregates(events: EventEnvelope[]): EventEnvelope[] {
  const queues = new Map<string, EventEnvelope[]>();
  events.forEach((e) => queues.set(e.aggregateId, [...(queues.get(e.aggregateId) ?? []), e]));
  const out: EventEnvelope[] = [];
  const live = [...queues.values()];
  while (live.length) {
    const i = Math.floor(Math.random() * live.length);
    out.push(live[i].shift() as EventEnvelope);
    if (live[i].length === 0) live.splice(i, 1);
  }
  return out;
}

describeOnRealPostgres('fault: redelivery and rebuild of the board from the log', () => {
  let rig: FaultRig;
  let live: DataSource;
  const replays: { db: TestDatabase; ds: DataSource }[] = [];
  beforeAll(async () => {
    rig = await FaultRig.create();
    await rig.start();
    live = createDataSource({ url: rig.database.url, entities: [], migrations: [], poolSize: 2, applicationName: 'fault-checker' });
    await live.initialize();
  }, 120_000);
  afterAll(async () => {
    for (const r of replays) {
      await r.ds.destroy();
      await r.db.drop();
    }
    await live?.destroy();
    await rig?.dispose();
  });

  it('rebuilds the board in batches while writes continue, and the result equals the live board', async () => {
    const replay = await openReplayDatabase();
    replays.push(replay);
    const rebuild = new CommitmentBoardBatchRebuild(live, replay.ds, commitmentRegistry(), { batchSize: 200 });
    const stream = writeStream(await Promise.all(['bd', 'au'].map((cc) => rig.focal(cc))), 4);
    const refused: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      refused.push(...(await rebuild.catchUp()).refused);
      await pause(1_000);
    }
    const outcome = await stream.stop();
    expect(refused).toEqual([]);
    await eventually(async () => Object.values(await readModelDiscrepancies(rig.sql)).every((n) => n === 0), 60_000, 250);
    await rebuild.catchUp();
    const target = new Client({ connectionString: replay.db.url });
    await target.connect();
    try {
      const [a, b] = [await boardSnapshot(rig.sql), await boardSnapshot(target)];
      expect(b.views.length).toBeGreaterThan(outcome.acknowledged.length);
      expect(b).toEqual(a);
    } finally {
      await target.end();
    }
  }, 120_000);

  it('applies every event redelivered twice, out of order across aggregates, into an identical board', async () => {
    const { rows } = await rig.sql.query<{ envelope: EventEnvelope }>(`SELECT envelope FROM messaging.event_log WHERE topic = $1 ORDER BY position`, [COMMITMENT_STREAM]);
    const events = rows.map((r) => r.envelope);
    const replay = await openReplayDatabase();
    replays.push(replay);
    const target = new Client({ connectionString: replay.db.url });
    await target.connect();
    try {
      await appendToLog(target, [...shuffledAcrossAggregates(events), ...shuffledAcrossAggregates(events)]);
      const transport = await startBoardConsumer(replay.ds, 'redelivery');
      const last = String(events.length * 2);
      await eventually(async () => (await target.query(`SELECT 1 FROM messaging.consumer_checkpoint WHERE group_name = 'redelivery' AND position >= $1`, [last])).rowCount, 90_000, 200);
      await transport.stop();
      const dlq = await target.query(`SELECT count(*)::int AS n FROM messaging.event_log WHERE topic LIKE '%.dlq'`);
      expect(dlq.rows[0].n).toBe(0);
      expect(await boardSnapshot(target)).toEqual(await boardSnapshot(rig.sql));
      console.log(`[accord] redelivery: ${events.length} events delivered twice (${events.length * 2}), shuffled across aggregates; board identical`);
    } finally {
      await target.end();
    }
  }, 120_000);
});
