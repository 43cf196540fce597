import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The crisis room read model: rebuilt from the crisis, consular and evacuation streams, never from
 * their write tables. Each stream fills its own tables and views join them at query time, so events
 * of different streams may arrive in any order (Kafka orders per key only).
 */
export class CrisisRoomSchema1732780806100 implements MigrationInterface {
  name = 'CrisisRoomSchema1732780806100';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS crisis_room');
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.alert (
      id uuid PRIMARY KEY,
      country text NOT NULL,
      status text NOT NULL,
      terms jsonb NOT NULL,
      issuer_organisation_id text NOT NULL,
      issuer_name text NOT NULL,
      cap jsonb NOT NULL,
      headline text NOT NULL,
      severity text NOT NULL,
      close_reason text NULL,
      close_note text NULL,
      raised_at timestamptz NOT NULL,
      changed_at timestamptz NOT NULL,
      closed_at timestamptz NULL,
      version int NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS alert_country_idx ON crisis_room.alert (country, status)');
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.alert_history (
      event_id uuid PRIMARY KEY,
      alert_id uuid NOT NULL,
      aggregate_version int NOT NULL,
      entry jsonb NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS alert_history_idx ON crisis_room.alert_history (alert_id, aggregate_version)');
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.presence_report (
      report_id uuid PRIMARY KEY,
      alert_id uuid NOT NULL,
      country text NOT NULL,
      state_organisation_id text NOT NULL,
      places jsonb NOT NULL,
      total int NOT NULL,
      needs jsonb NOT NULL,
      reported_at timestamptz NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS presence_alert_idx ON crisis_room.presence_report (alert_id, state_organisation_id)');
    await q.query('CREATE INDEX IF NOT EXISTS presence_country_idx ON crisis_room.presence_report (country)');
    await this.consular(q);
    await this.evacuations(q);
    await this.tasks(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS crisis_room CASCADE');
  }

  private async consular(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.consular_request (
      id uuid PRIMARY KEY,
      requester_organisation_id text NOT NULL,
      country text NOT NULL,
      alert_id uuid NULL,
      nationals_count int NOT NULL,
      services jsonb NOT NULL,
      state text NOT NULL,
      partner_organisation_id text NULL,
      partner_kind text NULL,
      answer_due_at timestamptz NULL,
      partners_tried jsonb NOT NULL DEFAULT '[]',
      history jsonb NOT NULL DEFAULT '[]',
      case_counts jsonb NOT NULL DEFAULT '{}',
      raised_at timestamptz NOT NULL,
      changed_at timestamptz NOT NULL,
      purged_at timestamptz NULL,
      version int NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS consular_alert_idx ON crisis_room.consular_request (alert_id)');
    await q.query('CREATE INDEX IF NOT EXISTS consular_country_idx ON crisis_room.consular_request (country)');
    // Case ids and statuses only, to move counts between statuses; deleted when the case data is purged.
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.consular_case (
      request_id uuid NOT NULL,
      case_id uuid NOT NULL,
      status text NOT NULL,
      PRIMARY KEY (request_id, case_id))`);
  }

  private async evacuations(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.evacuation_operation (
      id uuid PRIMARY KEY,
      alert_id uuid NOT NULL,
      country text NOT NULL,
      name text NOT NULL,
      operator_organisation_id text NOT NULL,
      targets jsonb NOT NULL,
      movements jsonb NOT NULL DEFAULT '{}',
      reporters jsonb NOT NULL DEFAULT '[]',
      opened_at timestamptz NOT NULL,
      changed_at timestamptz NOT NULL,
      version int NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS evacuation_alert_idx ON crisis_room.evacuation_operation (alert_id)');
  }

  private async tasks(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.task (
      alert_id uuid NOT NULL,
      organisation_id text NOT NULL,
      kind text NOT NULL,
      status text NOT NULL,
      opened_at timestamptz NOT NULL,
      opened_by_event uuid NOT NULL,
      closed_at timestamptz NULL,
      PRIMARY KEY (alert_id, organisation_id, kind))`);
    await q.query('CREATE INDEX IF NOT EXISTS task_organisation_idx ON crisis_room.task (organisation_id, status)');
  }
}
