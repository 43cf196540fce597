import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A BRIN index on the inbox's processed_at, for the retention purge: rows arrive in time order, so a
 * few pages of ranges find the old ones, and keeping it costs the consumers' inserts next to nothing.
 */
export class MessagingInboxRetention1732780800005 implements MigrationInterface {
  readonly name = 'MessagingInboxRetention1732780800005';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX IF NOT EXISTS inbox_message_processed_brin ON messaging.inbox_message USING brin (processed_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS messaging.inbox_message_processed_brin');
  }
}
