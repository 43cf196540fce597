import { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpConsultations1765069200000 implements MigrationInterface {
  name = 'FollowUpConsultations1765069200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS follow_up');
    // invited_state_ids is kept beside the state so reads filter by who may see a consultation in SQL.
    await q.query(`CREATE TABLE IF NOT EXISTS follow_up.consultation (
      id uuid PRIMARY KEY,
      alert_id uuid NOT NULL,
      secretariat_id text NOT NULL,
      invited_state_ids text[] NOT NULL,
      scheduled_at timestamptz NOT NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX IF NOT EXISTS consultation_alert_idx ON follow_up.consultation (alert_id, scheduled_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS follow_up.consultation');
  }
}
