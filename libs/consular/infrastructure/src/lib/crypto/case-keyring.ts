import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';

export interface CaseKey {
  id: string;
  key: Buffer;
}

/** The current key encrypts; every listed key decrypts, so keys can be rotated without a migration. */
export class CaseKeyring {
  private readonly byId: Map<string, Buffer>;

  constructor(readonly current: CaseKey, others: readonly CaseKey[] = []) {
    this.byId = new Map([current, ...others].map((k) => [k.id, k.key]));
  }

  key(id: string): Buffer | undefined {
    return this.byId.get(id);
  }

  /** `ACCORD_CASE_KEYS=keyId:base64key[,keyId:base64key…]`, first = current. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): CaseKeyring {
    const raw = env['ACCORD_CASE_KEYS']?.trim();
    if (!raw) return CaseKeyring.ephemeral(env);
    const keys = raw.split(',').map((entry) => parseKey(entry.trim()));
    return new CaseKeyring(keys[0], keys.slice(1));
  }

  private static ephemeral(env: NodeJS.ProcessEnv): CaseKeyring {
    if (env['NODE_ENV'] === 'production') throw new Error('ACCORD_CASE_KEYS is required in production (keyId:base64 of 32 random bytes)');
    new Logger('ConsularCases').warn('ACCORD_CASE_KEYS is not set: case data is encrypted with a key made for this process only and is unreadable after a restart');
    return new CaseKeyring({ id: `dev-${randomBytes(3).toString('hex')}`, key: randomBytes(32) });
  }
}

function parseKey(entry: string): CaseKey {
  const colon = entry.indexOf(':');
  const id = entry.slice(0, colon);
  const key = Buffer.from(entry.slice(colon + 1), 'base64');
  if (colon < 1 || !/^[A-Za-z0-9_-]{1,40}$/.test(id) || key.length !== 32) {
    throw new Error('ACCORD_CASE_KEYS entries are keyId:base64 of exactly 32 bytes (AES-256)');
  }
  return { id, key };
}
