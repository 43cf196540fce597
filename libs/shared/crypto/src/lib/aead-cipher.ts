import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Keyring } from './keyring';

export interface Sealed {
  keyId: string;
  /** base64 of iv (12) | tag (16) | ciphertext. */
  sealed: string;
}

/**
 * AES-256-GCM with a fresh 96-bit IV per record. The associated data binds a record to its owner (ids
 * of the row), so a ciphertext copied onto another row fails authentication instead of decrypting.
 */
export class AeadCipher {
  constructor(private readonly keyring: Keyring) {}

  get currentKeyId(): string {
    return this.keyring.current.id;
  }

  seal(plaintext: string, associated: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keyring.current.key, iv);
    cipher.setAAD(Buffer.from(associated, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId: this.keyring.current.id, sealed: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64') };
  }

  open({ keyId, sealed }: Sealed, associated: string): string {
    const key = this.keyring.key(keyId);
    if (!key) throw new Error(`data sealed with key ${keyId}, which this service does not hold`);
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(associated, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
