import { MigrationInterface, QueryRunner } from 'typeorm';

export class LocalActionsSchema1732780805000 implements MigrationInterface {
  name = 'LocalActionsSchema1732780805000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS local_actions');
    await q.query(`CREATE TABLE IF NOT EXISTS local_actions.local_action (
      id uuid PRIMARY KEY,
      city_organisation_id text NOT NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX IF NOT EXISTS local_action_city_idx ON local_actions.local_action (city_organisation_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS local_actions CASCADE');
  }
}
