import { DataSource } from 'typeorm';
import { realPostgresUrl } from '@accord/shared/testing';
import { MessagingTestDatabase } from '../../testing/messaging-test-database';
import { aThingHappened, THING_STREAM } from '../../testing/thing-happened.schema';
import { DeliveredMessage } from '../transport/event-transport';
import { EmbeddedTransport } from './embedded-transport';

// LISTEN/NOTIFY exists only on the real server (RELIABILITY-SECURITY item 10).
// Skipped without ACCORD_TEST_PG_URL: PGlite does not relay NOTIFY between sessions; CI always sets it.
const onRealServer = realPostgresUrl() ? describe : describe.skip;

onRealServer('EmbeddedTransport wake-ups across processes (real PostgreSQL)', () => {
  let db: MessagingTestDatabase;
  let publisher: EmbeddedTransport;
  let consumer: EmbeddedTransport;
  const got: DeliveredMessage[] = [];
  const POLL_MS = 3_000;

  beforeAll(async () => {
    db = await MessagingTestDatabase.create('postgres');
    // Two DataSources stand for two processes: only NOTIFY can wake the consumer before its next poll.
    const [a, b]: DataSource[] = [await db.open(2), await db.open(2)];
    publisher = new EmbeddedTransport(a, { listen: true, pollMs: POLL_MS });
    consumer = new EmbeddedTransport(b, { listen: true, pollMs: POLL_MS });
    await publisher.start();
    await consumer.subscribe({ group: 'wake', topics: [THING_STREAM], handle: async (m) => void got.push(m) });
    await consumer.start();
    await new Promise((r) => setTimeout(r, 200)); // let the first (empty) poll pass
  }, 60_000);
  afterAll(async () => {
    await consumer.stop();
    await publisher.stop();
    await db.drop();
  });

  const deliveryMs = async (aggregateVersion: number) => {
    const event = aThingHappened('w', aggregateVersion);
    const started = Date.now();
    await publisher.publish([{ topic: THING_STREAM, key: 'w', envelope: event }]);
    while (!got.some((m) => m.envelope.eventId === event.eventId)) await new Promise((r) => setTimeout(r, 10));
    return Date.now() - started;
  };

  it('is woken by NOTIFY well before the next poll', async () => {
    expect(await deliveryMs(1)).toBeLessThan(POLL_MS / 2);
  });

  it('still delivers, within a poll interval, when the LISTEN connection drops', async () => {
    consumer.dropListenConnection();
    expect(await deliveryMs(2)).toBeLessThanOrEqual(POLL_MS + 500);
  }, 10_000);
});
