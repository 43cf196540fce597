import { DataSource } from 'typeorm';
import { EventRegistry } from '@accord/shared/contracts';
import { databaseKinds } from '@accord/shared/testing';
import { MessagingTestDatabase } from '../../testing/messaging-test-database';
import { aThingHappened, thingHappenedSchema, THING_STREAM } from '../../testing/thing-happened.schema';
import { applyBatchOnce } from './apply-batch-once';
import { applyOnce } from './apply-once';
import { EventConsumerHost } from './event-consumer-host';

describe.each(databaseKinds())('inbox on %s', (kind) => {
  let db: MessagingTestDatabase;
  let ds: DataSource;
  const bump = (id: string) => (m: { query: DataSource['query'] }) =>
    m.query(`INSERT INTO counter (id, n) VALUES ($1, 1) ON CONFLICT (id) DO UPDATE SET n = counter.n + 1`, [id]).then(() => undefined);
  const counter = async (id: string) => (await ds.query(`SELECT n FROM counter WHERE id = $1`, [id]))[0]?.n ?? 0;

  beforeAll(async () => {
    db = await MessagingTestDatabase.create(kind);
    ds = await db.open();
    await ds.query(`CREATE TABLE counter (id text PRIMARY KEY, n int NOT NULL)`);
  }, 60_000);
  afterAll(() => db.drop());

  it('applies a redelivered event once', async () => {
    const event = aThingHappened('c-1', 1);
    expect(await applyOnce(ds, 'counter', event, bump('c-1'))).toBe(true);
    expect(await applyOnce(ds, 'counter', event, bump('c-1'))).toBe(false);
    expect(await applyOnce(ds, 'other-projection', event, bump('c-1'))).toBe(true);
    expect(await counter('c-1')).toBe(2);
  });

  it('records nothing when the effect fails, so the retry applies it', async () => {
    const event = aThingHappened('c-2', 1);
    await expect(applyOnce(ds, 'counter', event, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await applyOnce(ds, 'counter', event, bump('c-2'))).toBe(true);
    expect(await counter('c-2')).toBe(1);
  });

  it('applies a batch in one transaction: duplicates within it and pairs already applied run once, per consumer', async () => {
    const first = aThingHappened('b-1', 1);
    const second = aThingHappened('b-1', 2);
    await applyOnce(ds, 'counter', first, bump('b-1'));
    const seen: string[][] = [];
    const share = (consumer: string, row: string) => ({
      consumer,
      envelopes: [first, second, second],
      apply: async (fresh: readonly { eventId: string }[], m: { query: DataSource['query'] }) => {
        seen.push(fresh.map((e) => e.eventId));
        for (let i = 0; i < fresh.length; i++) await bump(row)(m);
      },
    });
    const applied = await applyBatchOnce(ds, [share('counter', 'b-1'), share('other-counter', 'b-1-other')]);
    expect(applied.map((fresh) => fresh.map((e) => e.eventId))).toEqual([[second.eventId], [first.eventId, second.eventId]]);
    expect(seen).toEqual([[second.eventId], [first.eventId, second.eventId]]);
    expect([await counter('b-1'), await counter('b-1-other')]).toEqual([2, 2]);
  });

  it('rolls the whole batch back when applying fails: no inbox row, no effect', async () => {
    const ok = aThingHappened('b-2', 1);
    const bad = aThingHappened('b-2', 2);
    const share = {
      consumer: 'counter',
      envelopes: [ok, bad],
      apply: async (fresh: readonly (typeof ok)[], m: { query: DataSource['query'] }) => {
        for (const e of fresh) {
          if (e.eventId === bad.eventId) throw new Error('poison');
          await bump('b-2')(m);
        }
      },
    };
    await expect(applyBatchOnce(ds, [{ consumer: 'innocent', envelopes: [ok], apply: async (_f, m) => bump('b-2')(m) }, share])).rejects.toThrow('poison');
    expect(await counter('b-2')).toBe(0);
    expect(await ds.query(`SELECT count(*)::int AS n FROM messaging.inbox_message WHERE event_id = ANY($1::uuid[])`, [[ok.eventId, bad.eventId]])).toEqual([{ n: 0 }]);
  });

  it('hosts projections: validates, applies each once, skips the ones already applied on retry', async () => {
    const host = new EventConsumerHost(ds, new EventRegistry([thingHappenedSchema]));
    const pushed: string[] = [];
    let failOnce = true;
    host.register({ name: 'a', topics: [THING_STREAM], apply: (_e, m) => bump('host-a')(m), afterCommit: (e) => void pushed.push(e.eventId) });
    host.register({
      name: 'b',
      topics: [THING_STREAM],
      apply: async (_e, m) => {
        if (failOnce) {
          failOnce = false;
          throw new Error('b fails once');
        }
        await bump('host-b')(m);
      },
    });
    const envelope = aThingHappened('h-1', 1);
    const message = { topic: THING_STREAM, key: 'h-1', envelope, attempt: 1, position: '1' };
    await expect(host.handle(message)).rejects.toThrow('b fails once');
    await host.handle({ ...message, attempt: 2 });
    await host.pushesSent();
    expect([await counter('host-a'), await counter('host-b')]).toEqual([1, 1]);
    expect(pushed).toEqual([envelope.eventId]);
    await expect(host.handle({ ...message, envelope: { ...envelope, payload: { n: 'x' } } })).rejects.toThrow(/invalid ThingHappened/);
  });

  it('pushes a batch of several aggregates side by side, each aggregate in version order', async () => {
    const host = new EventConsumerHost(ds, new EventRegistry([thingHappenedSchema]));
    const pushed: string[] = [];
    let inFlight = 0;
    let overlapped = false;
    host.register({
      name: 'lanes',
      topics: [THING_STREAM],
      apply: () => Promise.resolve(),
      afterCommit: async (e) => {
        inFlight += 1;
        overlapped ||= inFlight > 1;
        // the first versions are the slowest: a lane that did not wait would push 2 before 1
        await new Promise((r) => setTimeout(r, e.aggregateVersion === 1 ? 30 : 1));
        pushed.push(`${e.aggregateId}:${e.aggregateVersion}`);
        inFlight -= 1;
      },
    });
    const aggregates = ['lane-a', 'lane-b', 'lane-c'];
    const messages = [1, 2, 3].flatMap((version) =>
      aggregates.map((id, i) => ({ topic: THING_STREAM, key: id, envelope: aThingHappened(id, version), attempt: 1, position: String(version * 10 + i) })),
    );
    await host.handleBatch(messages);
    await host.pushesSent();
    expect(pushed).toHaveLength(9);
    for (const id of aggregates) expect(pushed.filter((p) => p.startsWith(`${id}:`))).toEqual([`${id}:1`, `${id}:2`, `${id}:3`]);
    expect(overlapped).toBe(true);
  });

  it('hands a batch-capable projection its new events in one call, pushes them in one call', async () => {
    const host = new EventConsumerHost(ds, new EventRegistry([thingHappenedSchema]));
    const order: string[] = [];
    const batches: number[][] = [];
    const pushedBatches: number[][] = [];
    host.register({ name: 'quiet', topics: [THING_STREAM], apply: async () => void order.push('quiet') });
    host.register({
      name: 'batched',
      topics: [THING_STREAM],
      apply: () => Promise.reject(new Error('per-event path used')),
      applyBatch: async (envelopes, m) => {
        order.push('batched');
        batches.push(envelopes.map((e) => e.aggregateVersion));
        for (let i = 0; i < envelopes.length; i++) await bump('batched')(m);
      },
      afterCommitBatch: async (envelopes) => void pushedBatches.push(envelopes.map((e) => e.aggregateVersion)),
    });
    const already = aThingHappened('batch-a', 1);
    await applyOnce(ds, 'batched', already, bump('batched'));
    const messages = [already, aThingHappened('batch-a', 2), aThingHappened('batch-a', 3)].map((envelope, i) => ({ topic: THING_STREAM, key: 'batch-a', envelope, attempt: 1, position: String(i + 1) }));
    await host.handleBatch(messages);
    await host.pushesSent();
    expect(batches).toEqual([[2, 3]]);
    expect(pushedBatches).toEqual([[2, 3]]);
    expect(await counter('batched')).toBe(3);
    expect(order.filter((o) => o === 'quiet')).toHaveLength(3);
  });
});
