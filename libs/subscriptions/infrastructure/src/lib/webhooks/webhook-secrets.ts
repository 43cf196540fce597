import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Sealed } from '@accord/shared/crypto';
import { WebhookSecretCipher } from './webhook-secret.cipher';

/** A stored secret: sealed, or (key id null) a plain-text row written before secrets were encrypted. */
export interface StoredSecret {
  id: string;
  secret: string;
  secret_key_id: string | null;
}

const associated = (webhookId: string) => `webhook:${webhookId}`;

/**
 * Seals and opens webhook signing secrets. At start-up every row not sealed with the current key (plain
 * text from before encryption, or a key being retired) is re-sealed with it, so after one start with the
 * new key first an old key can be dropped from ACCORD_WEBHOOK_KEYS.
 */
@Injectable()
export class WebhookSecrets implements OnApplicationBootstrap {
  private readonly log = new Logger('WebhookSecrets');

  constructor(private readonly cipher: WebhookSecretCipher, private readonly db: DataSource) {}

  seal(webhookId: string, secret: string): Sealed {
    return this.cipher.seal(secret, associated(webhookId));
  }

  open(row: StoredSecret): string {
    return row.secret_key_id === null ? row.secret : this.cipher.open({ keyId: row.secret_key_id, sealed: row.secret }, associated(row.id));
  }

  async onApplicationBootstrap(): Promise<void> {
    const resealed = await this.resealStale();
    if (resealed > 0) this.log.log(`re-sealed ${resealed} webhook secret(s) with key ${this.cipher.currentKeyId}`);
  }

  /** Returns how many rows were re-sealed; a row sealed with a key this service lacks is reported and left as is. */
  async resealStale(): Promise<number> {
    const rows: StoredSecret[] = await this.db.query(`SELECT id, secret, secret_key_id FROM subscriptions.webhook WHERE secret_key_id IS DISTINCT FROM $1`, [this.cipher.currentKeyId]);
    let resealed = 0;
    for (const row of rows) {
      let plain: string;
      try {
        plain = this.open(row);
      } catch (e) {
        this.log.error(`webhook ${row.id}: its secret cannot be opened (${e instanceof Error ? e.message : String(e)}); it keeps key ${row.secret_key_id}`);
        continue;
      }
      const { keyId, sealed } = this.seal(row.id, plain);
      // Compare-and-set on the old value: two instances starting together re-seal a row once.
      await this.db.query(`UPDATE subscriptions.webhook SET secret = $2, secret_key_id = $3 WHERE id = $1 AND secret = $4`, [row.id, sealed, keyId, row.secret]);
      resealed += 1;
    }
    return resealed;
  }
}
