import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsularSchema1732780800400 implements MigrationInterface {
  name = 'ConsularSchema1732780800400';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS consular');
    await q.query(`CREATE TABLE IF NOT EXISTS consular.agreement (
      id uuid PRIMARY KEY,
      parties text[] NOT NULL,
      countries text[] NOT NULL,
      terms jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX IF NOT EXISTS agreement_countries_idx ON consular.agreement USING gin (countries)');
    await q.query(`CREATE TABLE IF NOT EXISTS consular.mission (
      id uuid PRIMARY KEY,
      state_organisation_id text NOT NULL,
      country text NOT NULL,
      city text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX IF NOT EXISTS mission_country_idx ON consular.mission (country)');
    await q.query(`CREATE TABLE IF NOT EXISTS consular.consular_request (
      id uuid PRIMARY KEY,
      requester_organisation_id text NOT NULL,
      assignee_organisation_id text NULL,
      status text NOT NULL,
      answer_due_at timestamptz NULL,
      closed_at timestamptz NULL,
      purged_at timestamptz NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX IF NOT EXISTS consular_request_due_idx ON consular.consular_request (answer_due_at) WHERE status = 'routed' AND answer_due_at IS NOT NULL`);
    await q.query(`CREATE INDEX IF NOT EXISTS consular_request_purge_idx ON consular.consular_request (closed_at) WHERE status = 'closed' AND purged_at IS NULL`);
    // Personal data: one sealed (AES-256-GCM) record per person; erased in place when purged.
    await q.query(`CREATE TABLE IF NOT EXISTS consular.case_record (
      case_id uuid PRIMARY KEY,
      request_id uuid NOT NULL,
      key_id text NULL,
      sealed text NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      purged_at timestamptz NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS case_record_request_idx ON consular.case_record (request_id)');
    await q.query(`CREATE TABLE IF NOT EXISTS consular.case_access_log (
      id bigserial PRIMARY KEY,
      person_id text NOT NULL,
      organisation_id text NOT NULL,
      request_id uuid NOT NULL,
      case_ids uuid[] NOT NULL,
      action text NOT NULL,
      purpose text NOT NULL,
      legal_basis text[] NOT NULL,
      at timestamptz NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS case_access_log_request_idx ON consular.case_access_log (request_id, at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS consular CASCADE');
  }
}
