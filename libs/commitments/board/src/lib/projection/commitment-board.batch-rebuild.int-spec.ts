import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { COMMITMENT_EVENT_SCHEMAS, COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope, EventRegistry } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { messagingMigrations } from '@accord/shared/messaging';
import { createDataSource, runMigrations } from '@accord/shared/persistence';
import { createTestDatabase, databaseKinds, TestDatabase } from '@accord/shared/testing';
import { BoardOwnersDisputes1732780800210 } from '../persistence/board-owners-disputes.migration';
import { BoardSchema1732780800200 } from '../persistence/board-schema.migration';
import { CommitmentBoardQueries } from '../persistence/commitment-board.queries';
import { BoardRebuildIndexes } from './board-rebuild-indexes';
import { CommitmentBoardBatchRebuild } from './commitment-board.batch-rebuild';
import { CommitmentBoardProjection } from './commitment-board.projection';
import { VersionGap } from './version-gap.error';

const COMMITMENTS = 12;
const VERSIONS = 6;

/** A commitment's life: logged, a first report, in progress, more reports; lives interleaved in the log. */
function lives(): EventEnvelope[] {
  const ids = Array.from({ length: COMMITMENTS }, () => randomUUID());
  const actor = { personId: randomUUID(), organisationId: 'state-bd' };
  const env = (id: string, v: number, type: string, payload: object): EventEnvelope => ({
    eventId: randomUUID(), type, version: 1, stream: COMMITMENT_STREAM, aggregateId: id, aggregateVersion: v,
    occurredAt: `2026-03-0${v}T10:00:00.000Z`, actor, correlationId: randomUUID(), causationId: null, payload,
  });
  const progress = (id: string, v: number) => env(id, v, 'CommitmentProgressReported', { commitmentId: id, percent: v * 10, narrative: `report ${v}`, evidenceUrl: null, evidenceLevel: 'emerging_practice', reportedAt: `2026-03-0${v}T10:00:00.000Z` });
  const byVersion = (id: string, v: number): EventEnvelope => {
    if (v === 1) {
      return env(id, 1, 'CommitmentLogged', {
        commitmentId: id, owner: { organisationId: 'state-bd', name: 'State BD', kind: 'state', country: 'BD' }, title: `Commitment ${id.slice(0, 8)}`,
        description: 'd', gcmObjectives: [6], sdgTargets: ['10.7'], indicator: 'i', baseline: 'b', targetValue: 't', dueDate: '2030-12-31', status: 'pledged', loggedAt: '2026-03-01T10:00:00.000Z',
      });
    }
    if (v === 3) return env(id, 3, 'CommitmentStatusChanged', { commitmentId: id, from: 'pledged', to: 'in_progress', reason: null, changedAt: '2026-03-03T10:00:00.000Z' });
    return progress(id, v);
  };
  const log: EventEnvelope[] = [];
  for (let v = 1; v <= VERSIONS; v++) ids.forEach((id) => log.push(byVersion(id, v)));
  // A redelivery (the same event twice) and a gap (version 9 after 6), which both paths must treat alike.
  log.splice(30, 0, log[5]);
  log.push(progress(ids[0], 9));
  return log;
}

async function openBoardDatabase(kind: TestDatabase['kind']): Promise<{ db: TestDatabase; ds: DataSource }> {
  const db = await createTestDatabase(kind);
  const ds = createDataSource({ url: db.url, entities: [], migrations: [...messagingMigrations, BoardSchema1732780800200, BoardOwnersDisputes1732780800210], poolSize: 4, applicationName: 'rebuild-spec' });
  await ds.initialize();
  await runMigrations(ds);
  return { db, ds };
}

async function snapshot(ds: DataSource) {
  const views = await ds.query(`SELECT to_jsonb(v) AS row FROM board.commitment_view v ORDER BY id`);
  const timeline = await ds.query(`SELECT to_jsonb(t) AS row FROM board.commitment_timeline t ORDER BY event_id`);
  const history = await ds.query(`SELECT event_id, topic, commitment_id, occurred_at, envelope FROM board.event_history ORDER BY seq`);
  return { views, timeline, history };
}

async function indexes(ds: DataSource): Promise<string[]> {
  const rows: { def: string }[] = await ds.query(`SELECT indexdef AS def FROM pg_indexes WHERE schemaname = 'board' AND indexname <> 'rebuild_set_aside_index_pkey' ORDER BY indexname`);
  return rows.map((r) => r.def);
}

describe.each(databaseKinds())('Batch rebuild of the board from a long log (%s)', (kind) => {
  let source: { db: TestDatabase; ds: DataSource };
  let live: Awaited<ReturnType<typeof snapshot>>;
  let boardIndexes: string[];
  const registry = new EventRegistry(COMMITMENT_EVENT_SCHEMAS);
  const log = lives();

  beforeAll(async () => {
    source = await openBoardDatabase(kind);
    await source.ds.query(
      `INSERT INTO messaging.event_log (topic, key, event_id, envelope)
       SELECT $2, r.key, r.event_id, r.envelope FROM jsonb_to_recordset($1::jsonb) AS r(ord int, key text, event_id uuid, envelope jsonb) ORDER BY r.ord`,
      [JSON.stringify(log.map((e, ord) => ({ ord, key: e.aggregateId, event_id: e.eventId, envelope: e }))), COMMITMENT_STREAM],
    );
    boardIndexes = await indexes(source.ds);
    // The live path: one event per transaction through the projection; a gap is dead-lettered there.
    const projection = new CommitmentBoardProjection(new CommitmentBoardQueries(source.ds), Object.create(LiveUpdatePublisher.prototype) as LiveUpdatePublisher);
    for (const e of log) {
      await source.ds.transaction((m) => projection.apply(e, m)).catch((error: unknown) => {
        if (!(error instanceof VersionGap)) throw error;
      });
    }
    live = await snapshot(source.ds);
  }, 60_000);

  afterAll(async () => {
    await source?.ds.destroy();
    await source?.db.drop();
  });

  it('in batches with the indexes set aside, writes exactly the rows the live projection wrote, then builds the indexes again', async () => {
    expect(live.views).toHaveLength(COMMITMENTS);
    await source.ds.query('TRUNCATE board.commitment_view, board.commitment_timeline, board.event_history');
    const rebuild = new CommitmentBoardBatchRebuild(source.ds, source.ds, registry, { name: `rebuild-${randomUUID()}`, batchSize: 10 });
    const done = await rebuild.catchUp();
    expect([done.applied, done.skipped, done.refused.map((r) => r.reason)]).toEqual([COMMITMENTS * VERSIONS, 1, [expect.stringContaining('have version 6, received 9')]]);
    expect(await snapshot(source.ds)).toEqual(live);
    expect(await indexes(source.ds)).toEqual(boardIndexes);
    expect(await source.ds.query(`SELECT * FROM board.rebuild_set_aside_index`)).toEqual([]);
    // Caught up: nothing more to do, nothing changes.
    expect((await rebuild.catchUp()).applied).toBe(0);
    expect(await snapshot(source.ds)).toEqual(live);
  });

  it('into another database (the envelopes travel as JSON) gives the same rows', async () => {
    const target = await openBoardDatabase(kind);
    try {
      const done = await new CommitmentBoardBatchRebuild(source.ds, target.ds, registry, { batchSize: 7 }).catchUp();
      expect(done.refused).toHaveLength(1);
      expect(await snapshot(target.ds)).toEqual(live);
      expect(await indexes(target.ds)).toEqual(boardIndexes);
    } finally {
      await target.ds.destroy();
      await target.db.drop();
    }
  }, 60_000);

  it('a rebuild that died with indexes set aside gets them back from the next catch-up', async () => {
    await source.ds.query('TRUNCATE board.commitment_view, board.commitment_timeline, board.event_history');
    await BoardRebuildIndexes.setAsideOnEmptyTables(source.ds); // and never restored: the process "died"
    expect((await indexes(source.ds)).length).toBeLessThan(boardIndexes.length);
    const name = `rebuild-${randomUUID()}`;
    await source.ds.query(`INSERT INTO messaging.consumer_checkpoint (group_name, topic, position) SELECT $1, $2, max(position) FROM messaging.event_log`, [name, COMMITMENT_STREAM]);
    await new CommitmentBoardBatchRebuild(source.ds, source.ds, registry, { name }).catchUp();
    expect(await indexes(source.ds)).toEqual(boardIndexes);
  });
});
