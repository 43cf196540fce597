import { MigrationInterface, QueryRunner } from 'typeorm';

/** Field reports of civil society monitors; the note stays here and never travels in events. */
export class CrisisFieldReports1764338400000 implements MigrationInterface {
  name = 'CrisisFieldReports1764338400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS crisis');
    await q.query(`CREATE TABLE IF NOT EXISTS crisis.field_report (
      id uuid PRIMARY KEY,
      alert_id uuid NOT NULL,
      monitor_organisation_id text NOT NULL,
      state jsonb NOT NULL,
      filed_at timestamptz NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS field_report_alert_idx ON crisis.field_report (alert_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS crisis.field_report');
  }
}
