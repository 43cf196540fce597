import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The messaging tables every service shares: outbox (relay input), inbox (consumer dedupe), leases
 * (one active relay per outbox, one active consumer per group), and the embedded transport's event
 * log with its checkpoints. Idempotent DDL: several services may run it against one database.
 */
export class MessagingSchema1732780800000 implements MigrationInterface {
  readonly name = 'MessagingSchema1732780800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS messaging`);
    await q.query(`CREATE TABLE IF NOT EXISTS messaging.outbox_message (
      id bigserial PRIMARY KEY,
      outbox text NOT NULL,
      event_id uuid NOT NULL UNIQUE,
      type text,
      version int,
      topic text,
      key text,
      envelope jsonb NOT NULL,
      created_at timestamptz DEFAULT now(),
      published_at timestamptz NULL)`);
    // The relay only ever reads unpublished rows of its outbox: a small partial index stays hot.
    await q.query(`CREATE INDEX IF NOT EXISTS outbox_message_unpublished_idx
      ON messaging.outbox_message (outbox, id) WHERE published_at IS NULL`);
    await q.query(`CREATE TABLE IF NOT EXISTS messaging.inbox_message (
      event_id uuid NOT NULL,
      consumer text NOT NULL,
      processed_at timestamptz DEFAULT now(),
      PRIMARY KEY (event_id, consumer))`);
    await q.query(`CREATE TABLE IF NOT EXISTS messaging.lease (
      name text PRIMARY KEY,
      owner text NOT NULL,
      expires_at timestamptz NOT NULL)`);
    // No unique event_id: like Kafka, the log may hold a re-sent event twice; consumers dedupe (inbox).
    await q.query(`CREATE TABLE IF NOT EXISTS messaging.event_log (
      position bigserial PRIMARY KEY,
      topic text NOT NULL,
      key text,
      event_id uuid,
      envelope jsonb,
      headers jsonb DEFAULT '{}'::jsonb,
      appended_at timestamptz DEFAULT now())`);
    await q.query(`CREATE INDEX IF NOT EXISTS event_log_topic_position_idx ON messaging.event_log (topic, position)`);
    await q.query(`CREATE TABLE IF NOT EXISTS messaging.consumer_checkpoint (
      group_name text NOT NULL,
      topic text NOT NULL,
      position bigint NOT NULL,
      PRIMARY KEY (group_name, topic))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA IF EXISTS messaging CASCADE`);
  }
}
