import { DataSource } from 'typeorm';
import { EventRegistry } from '@accord/shared/contracts';
import { databaseKinds } from '@accord/shared/testing';
import { aThingHappened, MessagingTestDatabase, thingHappenedSchema } from '../../testing';
import { OutboxWriter } from '../outbox/outbox-writer';
import { verifyHistory } from './history-verifier';

describe.each(databaseKinds())('hash-chained history (%s)', (kind) => {
  let db: MessagingTestDatabase;
  let ds: DataSource;
  const writer = new OutboxWriter(new EventRegistry([thingHappenedSchema]));

  beforeAll(async () => {
    db = await MessagingTestDatabase.create(kind);
    ds = await db.open(1);
  }, 60_000);
  afterAll(() => db?.drop());

  beforeEach(async () => {
    await ds.query('TRUNCATE messaging.outbox_message');
    // Two aggregates, written over several transactions as commands would.
    for (const v of [1, 2, 3]) {
      await ds.transaction((m) => writer.append(m, 'test', [aThingHappened('a-1', v), aThingHappened('b-2', v)]));
    }
    await ds.transaction((m) => writer.append(m, 'test', [aThingHappened('a-1', 4), aThingHappened('a-1', 5)]));
  });

  const rowOf = async (key: string, version: number): Promise<string> =>
    (await ds.query(`SELECT id::text FROM messaging.outbox_message WHERE key = $1 AND (envelope->>'aggregateVersion')::int = $2`, [key, version]))[0].id;

  it('chains each event to the previous one of its aggregate and verifies clean', async () => {
    const report = await verifyHistory(ds);
    expect(report).toEqual({ events: 8, streams: 2, problems: [] });
    const [first] = await ds.query(`SELECT prev_hash FROM messaging.outbox_message WHERE key = 'a-1' ORDER BY id LIMIT 1`);
    expect(first.prev_hash).toBe('0'.repeat(64));
  });

  it('detects an edited payload', async () => {
    const id = await rowOf('a-1', 2);
    await ds.query(`UPDATE messaging.outbox_message SET envelope = jsonb_set(envelope, '{payload,n}', '999') WHERE id = $1`, [id]);
    const report = await verifyHistory(ds);
    expect(report.problems).toEqual([expect.objectContaining({ outboxId: id, problem: 'content-changed', stream: 'accord.test.thing/a-1' })]);
  });

  it('detects a deleted event by the broken link after it', async () => {
    const removed = await rowOf('b-2', 2);
    const next = await rowOf('b-2', 3);
    await ds.query('DELETE FROM messaging.outbox_message WHERE id = $1', [removed]);
    const report = await verifyHistory(ds, 2);
    expect(report.problems).toEqual([expect.objectContaining({ outboxId: next, problem: 'link-broken' })]);
  });

  it('detects a recomputed hash that no longer links (rewriting history needs every later row)', async () => {
    const id = await rowOf('a-1', 3);
    await ds.query(`UPDATE messaging.outbox_message SET hash = repeat('f', 64) WHERE id = $1`, [id]);
    const problems = (await verifyHistory(ds)).problems.map((p) => p.problem).sort();
    expect(problems).toEqual(['content-changed', 'link-broken']);
  });
});
