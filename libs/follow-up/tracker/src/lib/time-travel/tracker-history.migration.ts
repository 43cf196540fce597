import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tracker's own append-only copy of the recommendation and commitment events it consumed, for
 * scorecards "as of" a date (with Kafka the gateway's database holds no messaging.event_log). Each event is filed at the time its
 * payload gives (the domain clock's), as tracker-history.projection.ts does. Idempotent;
 * with the embedded transport the log already holds the events, so the history starts complete.
 */
export class TrackerEventHistory1732780808600 implements MigrationInterface {
  name = 'TrackerEventHistory1732780808600';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS tracker');
    await q.query(`CREATE TABLE IF NOT EXISTS tracker.event_history (
      seq bigserial PRIMARY KEY, event_id uuid NOT NULL UNIQUE, topic text NOT NULL, aggregate_id text NOT NULL,
      occurred_at timestamptz NOT NULL, envelope jsonb NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS tracker_event_history_occurred_idx ON tracker.event_history (occurred_at)');
    const [{ present }]: { present: boolean }[] = await q.query(`SELECT to_regclass('messaging.event_log') IS NOT NULL AS present`);
    if (!present) return;
    await q.query(`INSERT INTO tracker.event_history (event_id, topic, aggregate_id, occurred_at, envelope)
      SELECT l.event_id, l.topic, l.envelope->>'aggregateId',
        coalesce(p->>'issuedAt', p->>'respondedAt', p->>'reportedAt', p->>'raisedAt', p->>'loggedAt', p->>'changedAt', l.envelope->>'occurredAt')::timestamptz, l.envelope
      FROM messaging.event_log l, LATERAL (SELECT l.envelope->'payload' AS p) x
      WHERE l.topic IN ('accord.follow-up.recommendation', 'accord.commitments.commitment') AND l.event_id IS NOT NULL AND l.envelope IS NOT NULL
      ORDER BY l.position
      ON CONFLICT (event_id) DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS tracker.event_history');
  }
}
