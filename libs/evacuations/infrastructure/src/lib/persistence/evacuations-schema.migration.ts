import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvacuationsSchema1732780800500 implements MigrationInterface {
  name = 'EvacuationsSchema1732780800500';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS evacuations');
    await q.query(`CREATE TABLE IF NOT EXISTS evacuations.operation (
      id uuid PRIMARY KEY,
      alert_id uuid NOT NULL,
      operator_organisation_id text NOT NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX IF NOT EXISTS operation_alert_idx ON evacuations.operation (alert_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS evacuations CASCADE');
  }
}
