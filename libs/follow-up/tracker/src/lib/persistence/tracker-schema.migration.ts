import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gateway's follow-up read models, built only from events (follow-up, commitments, assessments and
 * local-actions streams): truncating these tables and replaying the log rebuilds them.
 */
export class TrackerSchema1732780808000 implements MigrationInterface {
  name = 'TrackerSchema1732780808000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS tracker');
    await q.query(`CREATE TABLE IF NOT EXISTS tracker.recommendation (
      id uuid PRIMARY KEY, secretariat_id text NOT NULL, process text NOT NULL, meeting_id uuid NOT NULL, meeting_title text NOT NULL,
      meeting_date date NOT NULL, title text NOT NULL, due_date date NOT NULL, issued_at timestamptz NOT NULL, version int NOT NULL)`);
    await q.query(`CREATE TABLE IF NOT EXISTS tracker.addressee (
      recommendation_id uuid NOT NULL, addressee_id text NOT NULL, response text NULL, response_reason text NULL,
      response_revision int NOT NULL DEFAULT 0, responded_at timestamptz NULL, first_report_at timestamptz NULL,
      last_report_at timestamptz NULL, report_count int NOT NULL DEFAULT 0, first_report_on_time boolean NULL,
      reminder_count int NOT NULL DEFAULT 0, last_reminder_at timestamptz NULL,
      PRIMARY KEY (recommendation_id, addressee_id))`);
    await q.query('CREATE INDEX IF NOT EXISTS tracker_addressee_org_idx ON tracker.addressee (addressee_id)');
    await q.query(`CREATE TABLE IF NOT EXISTS tracker.linked_commitment (
      recommendation_id uuid NOT NULL, addressee_id text NOT NULL, commitment_id uuid NOT NULL,
      PRIMARY KEY (recommendation_id, addressee_id, commitment_id))`);
    await q.query(`CREATE TABLE IF NOT EXISTS tracker.commitment_status (commitment_id uuid PRIMARY KEY, status text NOT NULL, version int NOT NULL)`);
    await q.query(`CREATE TABLE IF NOT EXISTS tracker.notification (
      event_id uuid NOT NULL, organisation_id text NOT NULL, kind text NOT NULL, recommendation_id uuid NOT NULL,
      at timestamptz NOT NULL, detail jsonb NOT NULL, PRIMARY KEY (event_id, organisation_id))`);
    await q.query('CREATE INDEX IF NOT EXISTS tracker_notification_org_idx ON tracker.notification (organisation_id, at DESC)');
    await q.query(`CREATE TABLE IF NOT EXISTS tracker.related_item (
      event_id uuid NOT NULL, commitment_id uuid NOT NULL, kind text NOT NULL, source_id uuid NOT NULL,
      at timestamptz NOT NULL, item jsonb NOT NULL, PRIMARY KEY (event_id, commitment_id))`);
    await q.query('CREATE INDEX IF NOT EXISTS tracker_related_commitment_idx ON tracker.related_item (commitment_id, at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS tracker CASCADE');
  }
}
