import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook secrets are sealed (AES-256-GCM): `secret` holds the sealed text and `secret_key_id` the key.
 * Rows from before have no key id (plain text); WebhookSecrets re-seals them at start-up, where the
 * keys are known (a migration does not read ACCORD_WEBHOOK_KEYS).
 */
export class WebhookSecretKey1765070000000 implements MigrationInterface {
  name = 'WebhookSecretKey1765070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE subscriptions.webhook ADD COLUMN IF NOT EXISTS secret_key_id text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE subscriptions.webhook DROP COLUMN IF EXISTS secret_key_id');
  }
}
