import { MigrationInterface, QueryRunner } from 'typeorm';

export class CrisisSchema1732780800300 implements MigrationInterface {
  name = 'CrisisSchema1732780800300';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS crisis');
    await q.query(`CREATE TABLE IF NOT EXISTS crisis.crisis_alert (
      id uuid PRIMARY KEY,
      issuer_organisation_id text NOT NULL,
      country text NOT NULL,
      status text NOT NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX IF NOT EXISTS crisis_alert_open_idx ON crisis.crisis_alert (status, updated_at DESC)');
    await q.query(`CREATE TABLE IF NOT EXISTS crisis.presence_report (
      id uuid PRIMARY KEY,
      alert_id uuid NOT NULL,
      state_organisation_id text NOT NULL,
      country text NOT NULL,
      total int NOT NULL,
      state jsonb NOT NULL,
      reported_at timestamptz NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS presence_report_alert_idx ON crisis.presence_report (alert_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS crisis CASCADE');
  }
}
