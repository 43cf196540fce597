import { MigrationInterface, QueryRunner } from 'typeorm';

/** Follows, follow notifications, webhooks and their delivery log: all in schema `subscriptions`. */
export class SubscriptionsSchema1733540000000 implements MigrationInterface {
  name = 'SubscriptionsSchema1733540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS subscriptions');
    await q.query(`CREATE TABLE IF NOT EXISTS subscriptions.follow (
      id uuid PRIMARY KEY,
      person_id text NOT NULL,
      organisation_id text NOT NULL,
      target_kind text NOT NULL,
      target_id text NOT NULL,
      active boolean NOT NULL,
      version int NOT NULL,
      since timestamptz NOT NULL,
      UNIQUE (person_id, target_kind, target_id))`);
    await q.query('CREATE INDEX IF NOT EXISTS follow_target_idx ON subscriptions.follow (target_kind, target_id) WHERE active');
    await q.query(`CREATE TABLE IF NOT EXISTS subscriptions.notification (
      id uuid PRIMARY KEY,
      event_id uuid NOT NULL,
      person_id text NOT NULL,
      type text NOT NULL,
      stream text NOT NULL,
      aggregate_id text NOT NULL,
      target_kind text NOT NULL,
      target_id text NOT NULL,
      at timestamptz NOT NULL,
      detail jsonb NOT NULL,
      read_at timestamptz,
      UNIQUE (event_id, person_id))`);
    await q.query('CREATE INDEX IF NOT EXISTS notification_person_idx ON subscriptions.notification (person_id, at DESC)');
    await q.query(`CREATE TABLE IF NOT EXISTS subscriptions.webhook (
      id uuid PRIMARY KEY,
      organisation_id text NOT NULL,
      url text NOT NULL,
      secret text NOT NULL,
      filter jsonb NOT NULL,
      active boolean NOT NULL,
      version int NOT NULL,
      created_at timestamptz NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS webhook_organisation_idx ON subscriptions.webhook (organisation_id)');
    await q.query(`CREATE TABLE IF NOT EXISTS subscriptions.delivery (
      id uuid PRIMARY KEY,
      webhook_id uuid NOT NULL REFERENCES subscriptions.webhook (id),
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      body text NOT NULL,
      status text NOT NULL,
      attempts int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_attempt_at timestamptz,
      last_status int,
      last_error text,
      delivered_at timestamptz,
      created_at timestamptz NOT NULL,
      UNIQUE (webhook_id, event_id))`);
    await q.query(`CREATE INDEX IF NOT EXISTS delivery_due_idx ON subscriptions.delivery (next_attempt_at) WHERE status = 'pending'`);
    await q.query('CREATE INDEX IF NOT EXISTS delivery_webhook_idx ON subscriptions.delivery (webhook_id, created_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS subscriptions CASCADE');
  }
}
