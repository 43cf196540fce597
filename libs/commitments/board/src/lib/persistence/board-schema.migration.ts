import { MigrationInterface, QueryRunner } from 'typeorm';

/** The public board read model: rebuilt from the commitments stream, never from the write tables. */
export class BoardSchema1732780800200 implements MigrationInterface {
  name = 'BoardSchema1732780800200';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS board');
    await q.query(`CREATE TABLE IF NOT EXISTS board.commitment_view (
      id uuid PRIMARY KEY,
      owner_organisation_id text NOT NULL,
      owner_name text NOT NULL,
      owner_kind text NOT NULL,
      owner_country text NULL,
      title text NOT NULL,
      description text NOT NULL,
      gcm_objectives int[] NOT NULL,
      sdg_targets text[] NOT NULL,
      indicator text NOT NULL,
      baseline text NOT NULL,
      target_value text NOT NULL,
      due_date date NOT NULL,
      status text NOT NULL,
      latest_percent int NULL,
      progress_count int NOT NULL DEFAULT 0,
      version int NOT NULL,
      logged_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS commitment_view_logged_idx ON board.commitment_view (logged_at DESC, id)');
    await q.query('CREATE INDEX IF NOT EXISTS commitment_view_owner_idx ON board.commitment_view (owner_organisation_id)');
    await q.query('CREATE INDEX IF NOT EXISTS commitment_view_gcm_idx ON board.commitment_view USING gin (gcm_objectives)');
    await q.query('CREATE INDEX IF NOT EXISTS commitment_view_sdg_idx ON board.commitment_view USING gin (sdg_targets)');
    await q.query(`CREATE TABLE IF NOT EXISTS board.commitment_timeline (
      event_id uuid PRIMARY KEY,
      commitment_id uuid NOT NULL,
      aggregate_version int NOT NULL,
      at timestamptz NOT NULL,
      kind text NOT NULL,
      entry jsonb NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS commitment_timeline_idx ON board.commitment_timeline (commitment_id, aggregate_version)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS board CASCADE');
  }
}
