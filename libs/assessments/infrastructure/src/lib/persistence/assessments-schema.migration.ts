import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssessmentsSchema1732780806000 implements MigrationInterface {
  name = 'AssessmentsSchema1732780806000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS assessments');
    await q.query(`CREATE TABLE IF NOT EXISTS assessments.assessment (
      id uuid PRIMARY KEY,
      commitment_id uuid NOT NULL,
      assessor_organisation_id text NOT NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX IF NOT EXISTS assessment_commitment_idx ON assessments.assessment (commitment_id)');
    // Learnt from CommitmentLogged events: this context never reads the commitments tables.
    await q.query(`CREATE TABLE IF NOT EXISTS assessments.commitment_owner (
      commitment_id uuid PRIMARY KEY,
      owner_organisation_id text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS assessments CASCADE');
  }
}
