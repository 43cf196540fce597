import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { EventRegistry } from '@accord/shared/contracts';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { MessagingTestDatabase } from '../../testing/messaging-test-database';
import { aThingHappened, thingHappenedSchema, THING_STREAM } from '../../testing/thing-happened.schema';
import { EmbeddedTransport } from '../embedded/embedded-transport';
import { EventConsumerHost } from '../inbox/event-consumer-host';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter } from './outbox-writer';
import { UnitOfWork } from './unit-of-work';

const testing = join(__dirname, '../../testing');

/** Runs the crash script; resolves with the signal that ended it. */
function runDoomedRelay(url: string, outbox: string, leaseMs: number): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['-r', join(testing, 'ts-register.cjs'), join(testing, 'crash-relay.script.ts'), url, outbox, String(leaseMs)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal ? resolve(signal) : reject(new Error(`crash script exited with code ${code}`))));
  });
}

// RELIABILITY-SECURITY item 1: kill -9 between the transport's ack and the "published" mark.
describe.each(databaseKinds())('relay killed after publish, before mark, on %s', (kind) => {
  let db: MessagingTestDatabase;
  let ds: DataSource;
  const registry = new EventRegistry([thingHappenedSchema]);

  beforeAll(async () => {
    db = await MessagingTestDatabase.create(kind);
    ds = await db.open(6);
    await ds.query(`CREATE TABLE thing_counter (id text PRIMARY KEY, n int NOT NULL)`);
  }, 60_000);
  afterAll(() => db.drop());

  it('re-sends the batch and the projection applies it exactly once', async () => {
    const uow = new UnitOfWork(ds, new OutboxWriter(registry), 'crashy');
    const event = aThingHappened('thing-1', 1);
    await uow.run(async () => uow.collect([event]));

    expect(await runDoomedRelay(db.url, 'crashy', 500)).toBe('SIGKILL');
    const logRows = () => ds.query(`SELECT count(*)::int AS n FROM messaging.event_log WHERE event_id = $1`, [event.eventId]).then((r) => r[0].n);
    expect(await logRows()).toBe(1);
    expect((await ds.query(`SELECT published_at FROM messaging.outbox_message WHERE event_id = $1`, [event.eventId]))[0].published_at).toBeNull();

    const transport = new EmbeddedTransport(ds, { pollMs: 50 });
    const host = new EventConsumerHost(ds, registry);
    host.register({
      name: 'thing-counter',
      topics: [THING_STREAM],
      apply: async (e, m) => {
        await m.query(`INSERT INTO thing_counter (id, n) VALUES ($1, 1) ON CONFLICT (id) DO UPDATE SET n = thing_counter.n + 1`, [e.aggregateId]);
      },
    });
    await transport.start();
    await host.start(transport, 'crash-test');
    const relay = new OutboxRelay(ds, transport, { outbox: 'crashy', pollMs: 50, leaseMs: 500 });
    relay.start(); // waits for the dead relay's claim to expire, then re-sends

    await eventually(async () => (await logRows()) === 2, 10_000);
    const lastPosition = (await ds.query(`SELECT max(position) AS p FROM messaging.event_log`))[0].p;
    await eventually(async () => (await ds.query(`SELECT position FROM messaging.consumer_checkpoint WHERE group_name = 'crash-test'`))[0]?.position === lastPosition, 10_000);
    await relay.stop();
    await transport.stop();

    expect(await ds.query(`SELECT n FROM thing_counter WHERE id = 'thing-1'`)).toEqual([{ n: 1 }]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM messaging.inbox_message WHERE event_id = $1`, [event.eventId]))[0].n).toBe(1);
    expect((await ds.query(`SELECT published_at FROM messaging.outbox_message WHERE event_id = $1`, [event.eventId]))[0].published_at).not.toBeNull();
  }, 60_000);
});
