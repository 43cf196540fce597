import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditSchema1732780800020 implements MigrationInterface {
  name = 'AuditSchema1732780800020';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS audit');
    await q.query(`CREATE TABLE IF NOT EXISTS audit.audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      person_id text NULL,
      organisation_id text NULL,
      action text NOT NULL,
      resource text NULL,
      outcome text NOT NULL CHECK (outcome IN ('accepted', 'refused', 'failed', 'read', 'signed-in', 'signed-out')),
      ip text NULL,
      correlation_id text NULL,
      detail jsonb NOT NULL DEFAULT '{}')`);
    await q.query('CREATE INDEX IF NOT EXISTS audit_log_person_idx ON audit.audit_log (person_id, at)');
    await q.query('CREATE INDEX IF NOT EXISTS audit_log_org_idx ON audit.audit_log (organisation_id, at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS audit CASCADE');
  }
}
