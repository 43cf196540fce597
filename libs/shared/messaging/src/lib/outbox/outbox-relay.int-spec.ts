import { DataSource } from 'typeorm';
import { EventEnvelope, EventRegistry } from '@accord/shared/contracts';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { MessagingTestDatabase } from '../../testing/messaging-test-database';
import { aThingHappened, thingHappenedSchema } from '../../testing/thing-happened.schema';
import { EventTransport, OutgoingMessage } from '../transport/event-transport';
import { EmbeddedTransport } from '../embedded/embedded-transport';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter } from './outbox-writer';

describe.each(databaseKinds())('OutboxRelay on %s', (kind) => {
  let db: MessagingTestDatabase;
  let ds: DataSource;
  let transport: EmbeddedTransport;
  const writer = new OutboxWriter(new EventRegistry([thingHappenedSchema]));
  let outboxSeq = 0;
  let outbox: string;

  beforeAll(async () => {
    db = await MessagingTestDatabase.create(kind);
    ds = await db.open(6);
    transport = new EmbeddedTransport(ds);
  }, 60_000);
  afterAll(() => db.drop());
  beforeEach(() => {
    outbox = `relay-test-${++outboxSeq}`;
  });

  const append = (events: EventEnvelope[]) => ds.transaction((m) => writer.append(m, outbox, events));
  const logged = async (events: EventEnvelope[]): Promise<string[]> =>
    (await ds.query(`SELECT event_id FROM messaging.event_log WHERE event_id = ANY($1::uuid[]) ORDER BY position`, [events.map((e) => e.eventId)])).map(
      (r: { event_id: string }) => r.event_id,
    );
  const unpublished = async () => (await ds.query(`SELECT count(*)::int AS n FROM messaging.outbox_message WHERE outbox = $1 AND published_at IS NULL`, [outbox]))[0].n;

  it('publishes in id order, in batches, and marks the rows published', async () => {
    const events = [1, 2, 3, 4, 5].map((v) => aThingHappened('r-1', v));
    await append(events);
    const relay = new OutboxRelay(ds, transport, { outbox, batchSize: 2 });
    expect([await relay.runOnce(), await relay.runOnce(), await relay.runOnce(), await relay.runOnce()]).toEqual([2, 2, 1, 0]);
    expect(await logged(events)).toEqual(events.map((e) => e.eventId));
    expect(await unpublished()).toBe(0);
    expect(await relay.oldestUnpublishedAgeMs()).toBe(0);
    await relay.stop();
  });

  it('lets one relay per outbox publish: two relays send each row once', async () => {
    const events = Array.from({ length: 30 }, (_, i) => aThingHappened(`r-2-${i % 3}`, Math.floor(i / 3) + 1));
    await append(events);
    const [a, b] = [new OutboxRelay(ds, transport, { outbox, batchSize: 7, owner: 'a' }), new OutboxRelay(ds, transport, { outbox, batchSize: 7, owner: 'b' })];
    for (let i = 0; i < 6; i++) await Promise.all([a.runOnce(), b.runOnce()]);
    expect(await logged(events)).toEqual(events.map((e) => e.eventId));
    await a.stop(); // frees the claim at once: b takes over without waiting for expiry
    await append([aThingHappened('r-2-x', 1)]);
    expect(await b.runOnce()).toBe(1);
    await b.stop();
  });

  it("takes over a dead relay's claim once it expires", async () => {
    await append([aThingHappened('r-3', 1)]);
    const dead = new OutboxRelay(ds, transport, { outbox, leaseMs: 300, owner: 'dead' });
    expect(await dead.runOnce()).toBe(1); // holds the claim, then "dies" (never stops)
    await append([aThingHappened('r-3', 2)]);
    const heir = new OutboxRelay(ds, transport, { outbox, leaseMs: 300, owner: 'heir' });
    expect(await heir.runOnce()).toBe(0);
    expect(await eventually(() => heir.runOnce(), 3_000, 50)).toBe(1);
    await heir.stop();
  });

  it('backs off while the transport is down, exposes the backlog age, then drains with no loss', async () => {
    const events = [1, 2, 3].map((v) => aThingHappened('r-4', v));
    await append(events);
    let failures = 0;
    const flaky: EventTransport = {
      kind: 'embedded',
      start: async () => undefined,
      stop: async () => undefined,
      subscribe: async () => undefined,
      publish: async (messages: readonly OutgoingMessage[]) => {
        if (++failures <= 3) throw new Error('broker unreachable');
        await transport.publish(messages);
      },
    };
    const relay = new OutboxRelay(ds, flaky, { outbox, pollMs: 20 });
    await new Promise((r) => setTimeout(r, 50));
    expect(await relay.oldestUnpublishedAgeMs()).toBeGreaterThanOrEqual(40);
    const started = Date.now();
    relay.start();
    for (let i = 0; i < 5; i++) relay.wake(); // commits must not cut the backoff short
    await eventually(async () => (await unpublished()) === 0, 5_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100 + 200 + 400 - 50);
    expect(await logged(events)).toEqual(events.map((e) => e.eventId));
    await relay.stop();
  });

  // Skipped on the embedded database: PGlite runs one transaction at a time, so two commits cannot interleave there.
  const realServerOnly = kind === 'postgres' ? it : it.skip;
  realServerOnly('does not skip a row whose transaction took a lower id but committed later', async () => {
    const [early, late] = [aThingHappened('r-5-a', 1), aThingHappened('r-5-b', 1)];
    const relay = new OutboxRelay(ds, transport, { outbox });
    const runnerA = ds.createQueryRunner();
    await runnerA.startTransaction();
    await writer.append(runnerA.manager, outbox, [early]); // takes the lower id, stays open
    await append([late]); // higher id, commits first
    expect(await relay.runOnce()).toBe(1); // only B is visible
    await runnerA.commitTransaction();
    await runnerA.release();
    const ids = await ds.query(`SELECT event_id FROM messaging.outbox_message WHERE outbox = $1 ORDER BY id`, [outbox]);
    expect(ids.map((r: { event_id: string }) => r.event_id)).toEqual([early.eventId, late.eventId]); // A really has the lower id
    expect(await relay.runOnce()).toBe(1); // A is not skipped
    expect(new Set(await logged([early, late]))).toEqual(new Set([early.eventId, late.eventId]));
    expect(await unpublished()).toBe(0);
    await relay.stop();
  });
});
