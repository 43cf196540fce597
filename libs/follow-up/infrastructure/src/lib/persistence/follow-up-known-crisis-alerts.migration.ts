import { MigrationInterface, QueryRunner } from 'typeorm';

/** The crisis alerts this context has learnt from the crisis alert stream (consultations are convened on them). */
export class FollowUpKnownCrisisAlerts1765094400000 implements MigrationInterface {
  name = 'FollowUpKnownCrisisAlerts1765094400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS follow_up');
    await q.query(`CREATE TABLE IF NOT EXISTS follow_up.known_crisis_alert (
      alert_id uuid PRIMARY KEY,
      raised_at timestamptz NOT NULL,
      closed_at timestamptz NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS follow_up.known_crisis_alert');
  }
}
