import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Responses to writes sent with an `Idempotency-Key`, per person and organisation + method + path + key,
 * so a retried submission (a phone that lost its connection) replays the first answer instead of
 * running the command twice. Idempotent DDL: several services may run it against one database.
 */
export class MessagingIdempotency1732780800002 implements MigrationInterface {
  readonly name = 'MessagingIdempotency1732780800002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS messaging`);
    await q.query(`CREATE TABLE IF NOT EXISTS messaging.idempotency_key (
      scope text NOT NULL,
      method text NOT NULL,
      path text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      state text NOT NULL,
      status int NULL,
      body jsonb NULL,
      created_at timestamptz NOT NULL,
      locked_at timestamptz NOT NULL,
      PRIMARY KEY (scope, method, path, key))`);
    await q.query(`CREATE INDEX IF NOT EXISTS idempotency_key_created_idx ON messaging.idempotency_key (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS messaging.idempotency_key`);
  }
}
