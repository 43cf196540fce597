import { MigrationInterface, QueryRunner } from 'typeorm';

/** Field reports in the crisis room, from the field-report stream (one event per report). */
export class CrisisRoomFieldReports1764338400100 implements MigrationInterface {
  name = 'CrisisRoomFieldReports1764338400100';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS crisis_room');
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.field_report (
      id uuid PRIMARY KEY,
      alert_id uuid NOT NULL,
      monitor_organisation_id text NOT NULL,
      place_name text NOT NULL,
      lat double precision NULL,
      lon double precision NULL,
      observed_at timestamptz NOT NULL,
      filed_at timestamptz NOT NULL,
      movements jsonb NOT NULL,
      incidents jsonb NOT NULL,
      needs jsonb NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS field_report_alert_idx ON crisis_room.field_report (alert_id, observed_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS crisis_room.field_report');
  }
}
