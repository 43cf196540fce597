import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joint commitments (owners with their shares), disputes contested by assessments, and the board's
 * own copy of the events it consumed (board.event_history) for "as of" and "changed since": with Kafka
 * the gateway's database holds no messaging.event_log. Idempotent.
 */
export class BoardOwnersDisputes1732780800210 implements MigrationInterface {
  name = 'BoardOwnersDisputes1732780800210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE board.commitment_view ADD COLUMN IF NOT EXISTS owners jsonb NOT NULL DEFAULT '[]'::jsonb`);
    // Rows projected before joint commitments: their only owner holds the whole commitment.
    await q.query(`UPDATE board.commitment_view SET owners = jsonb_build_array(jsonb_build_object(
        'organisationId', owner_organisation_id, 'name', owner_name, 'kind', owner_kind, 'country', owner_country,
        'status', status, 'percent', latest_percent)) WHERE owners = '[]'::jsonb`);
    await q.query('CREATE INDEX IF NOT EXISTS commitment_view_owners_idx ON board.commitment_view USING gin (owners jsonb_path_ops)');
    await q.query(`CREATE TABLE IF NOT EXISTS board.dispute (
      assessment_id uuid PRIMARY KEY,
      commitment_id uuid NOT NULL,
      contested_status text NOT NULL,
      evidence_count int NOT NULL,
      published_at timestamptz NOT NULL,
      replied_at timestamptz NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS dispute_open_idx ON board.dispute (commitment_id) WHERE replied_at IS NULL');
    await q.query(`CREATE TABLE IF NOT EXISTS board.event_history (
      seq bigserial PRIMARY KEY,
      event_id uuid NOT NULL UNIQUE,
      topic text NOT NULL,
      commitment_id uuid NOT NULL,
      occurred_at timestamptz NOT NULL,
      envelope jsonb NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS event_history_commitment_idx ON board.event_history (commitment_id, seq)');
    await q.query('CREATE INDEX IF NOT EXISTS event_history_occurred_idx ON board.event_history (occurred_at)');
    // messaging.event_log exists in every database (messaging migrations run first); with the embedded
    // transport it holds the events, so the history starts complete. Elsewhere the batch rebuild fills it.
    await q.query(`INSERT INTO board.event_history (event_id, topic, commitment_id, occurred_at, envelope)
      SELECT l.event_id, l.topic, coalesce(l.envelope->'payload'->>'commitmentId', l.envelope->>'aggregateId')::uuid,
        (l.envelope->>'occurredAt')::timestamptz, l.envelope
      FROM messaging.event_log l
      WHERE l.topic IN ('accord.commitments.commitment', 'accord.assessments.assessment') AND l.event_id IS NOT NULL AND l.envelope IS NOT NULL
      ORDER BY l.position
      ON CONFLICT (event_id) DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS board.event_history');
    await q.query('DROP TABLE IF EXISTS board.dispute');
    await q.query('ALTER TABLE board.commitment_view DROP COLUMN IF EXISTS owners');
  }
}
