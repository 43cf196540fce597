import { MigrationInterface, QueryRunner } from 'typeorm';

/** Hash chain per aggregate stream (topic + key) on the outbox, which is kept as the event history. */
export class MessagingIntegrity1732780800001 implements MigrationInterface {
  readonly name = 'MessagingIntegrity1732780800001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE messaging.outbox_message ADD COLUMN IF NOT EXISTS prev_hash text');
    await q.query('ALTER TABLE messaging.outbox_message ADD COLUMN IF NOT EXISTS hash text');
    await q.query('CREATE INDEX IF NOT EXISTS outbox_message_stream_idx ON messaging.outbox_message (topic, key, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS messaging.outbox_message_stream_idx');
    await q.query('ALTER TABLE messaging.outbox_message DROP COLUMN IF EXISTS hash, DROP COLUMN IF EXISTS prev_hash');
  }
}
