import { MigrationInterface, QueryRunner } from 'typeorm';

export class CommitmentsSchema1732780800100 implements MigrationInterface {
  name = 'CommitmentsSchema1732780800100';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS commitments');
    await q.query(`CREATE TABLE IF NOT EXISTS commitments.commitment (
      id uuid PRIMARY KEY,
      owner_organisation_id text NOT NULL,
      status text NOT NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX IF NOT EXISTS commitment_owner_idx ON commitments.commitment (owner_organisation_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS commitments.commitment');
  }
}
