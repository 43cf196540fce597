import { AeadCipher, Keyring, KeyringSource } from '@accord/shared/crypto';

export const WEBHOOK_KEYS: KeyringSource = { variable: 'ACCORD_WEBHOOK_KEYS', protects: 'webhook signing secrets' };

/** Webhook signing secrets at rest: AES-256-GCM under ACCORD_WEBHOOK_KEYS, bound to the webhook's id. */
export class WebhookSecretCipher extends AeadCipher {
  static fromEnv(env: NodeJS.ProcessEnv = process.env): WebhookSecretCipher {
    return new WebhookSecretCipher(Keyring.fromEnv(WEBHOOK_KEYS, env));
  }
}
