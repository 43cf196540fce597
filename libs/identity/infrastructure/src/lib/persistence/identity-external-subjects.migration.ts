import { MigrationInterface, QueryRunner } from 'typeorm';

/** OIDC: a provider's subject → person mapping, and the time before which a person's provider tokens are revoked. */
export class IdentityExternalSubjects1732780800012 implements MigrationInterface {
  name = 'IdentityExternalSubjects1732780800012';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE identity.person ADD COLUMN IF NOT EXISTS tokens_revoked_at timestamptz NULL');
    await q.query(`CREATE TABLE IF NOT EXISTS identity.external_subject (
      issuer text NOT NULL,
      subject text NOT NULL,
      person_id uuid NOT NULL REFERENCES identity.person (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (issuer, subject))`);
    await q.query('CREATE INDEX IF NOT EXISTS external_subject_person_idx ON identity.external_subject (person_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS identity.external_subject');
    await q.query('ALTER TABLE identity.person DROP COLUMN IF EXISTS tokens_revoked_at');
  }
}
