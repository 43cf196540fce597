import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentitySchema1732780800010 implements MigrationInterface {
  name = 'IdentitySchema1732780800010';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS identity');
    await q.query(`CREATE TABLE IF NOT EXISTS identity.organisation (
      id text PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('state', 'city', 'cso', 'agency', 'secretariat', 'platform')),
      country char(2) NULL CHECK (country ~ '^[A-Z]{2}$'),
      enforcement boolean NOT NULL DEFAULT false)`);
    await q.query(`CREATE TABLE IF NOT EXISTS identity.person (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      display_name text NOT NULL,
      organisation_id text NOT NULL REFERENCES identity.organisation (id),
      roles text[] NOT NULL DEFAULT '{}',
      password_hash text NOT NULL,
      disabled boolean NOT NULL DEFAULT false,
      token_version int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now())`);
    // citext is not in every PostgreSQL we run on (PGlite): a unique index on lower(email) does the same job.
    await q.query('CREATE UNIQUE INDEX IF NOT EXISTS person_email_lower_key ON identity.person (lower(email))');
    await q.query('CREATE INDEX IF NOT EXISTS person_organisation_idx ON identity.person (organisation_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS identity.person');
    await q.query('DROP TABLE IF EXISTS identity.organisation');
  }
}
