import { MigrationInterface, QueryRunner } from 'typeorm';

/** Co-owners of joint commitments, learnt from CommitmentCoOwnerAdded: they may not assess it, and may reply. */
export class AssessmentsCoOwners1765000000000 implements MigrationInterface {
  name = 'AssessmentsCoOwners1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE IF NOT EXISTS assessments.commitment_co_owner (
      commitment_id uuid NOT NULL,
      organisation_id text NOT NULL,
      PRIMARY KEY (commitment_id, organisation_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS assessments.commitment_co_owner');
  }
}
