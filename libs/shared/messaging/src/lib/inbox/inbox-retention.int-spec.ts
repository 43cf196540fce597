import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { databaseKinds } from '@accord/shared/testing';
import { MessagingTestDatabase } from '../../testing/messaging-test-database';
import { applyBatchOnce } from './apply-batch-once';
import { InboxRetention } from './inbox-retention';
import { aThingHappened } from '../../testing/thing-happened.schema';

describe.each(databaseKinds())('InboxRetention on %s', (kind) => {
  let db: MessagingTestDatabase;
  let ds: DataSource;
  const now = new Date('2026-12-07T12:00:00Z');
  const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 3600_000);

  beforeAll(async () => {
    db = await MessagingTestDatabase.create(kind);
    ds = await db.open();
  }, 60_000);
  afterAll(() => db.drop());
  beforeEach(() => ds.query('TRUNCATE messaging.inbox_message'));

  const remember = (n: number, at: Date, consumer = 'board') =>
    ds.query(`INSERT INTO messaging.inbox_message (event_id, consumer, processed_at) SELECT gen_random_uuid(), $1, $2 FROM generate_series(1, $3)`, [consumer, at, n]);
  const ages = async () =>
    (await ds.query(`SELECT (processed_at < $1) AS old, count(*)::int AS n FROM messaging.inbox_message GROUP BY 1 ORDER BY 1`, [daysAgo(14)])) as { old: boolean; n: number }[];

  it('deletes only the rows older than the retention, a bounded batch at a time, and counts them', async () => {
    await remember(7, daysAgo(30));
    await remember(4, daysAgo(15), 'tracker');
    await remember(5, daysAgo(13));
    await remember(3, now);
    const retention = new InboxRetention(ds, 14, 3, () => now);
    expect(await retention.purge()).toBe(11); // batches of 3, 3, 3, 2
    expect(await ages()).toEqual([{ old: false, n: 8 }]);
    expect(await retention.purge()).toBe(0);
  });

  it('still absorbs a duplicate of an event applied within the retention', async () => {
    const event = aThingHappened(`k-${randomUUID()}`, 1);
    const applied: number[] = [];
    const share = { consumer: 'board', envelopes: [event], apply: async (fresh: readonly unknown[]) => void applied.push(fresh.length) };
    await applyBatchOnce(ds, [share]);
    await remember(2, daysAgo(20));
    expect(await new InboxRetention(ds, 14, 100, () => new Date()).purge()).toBe(2);
    await applyBatchOnce(ds, [share]);
    expect(applied).toEqual([1]);
  });
});
