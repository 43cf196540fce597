import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';

export interface KeyringKey {
  id: string;
  key: Buffer;
}

/** Which environment variable holds a keyring, and what it protects (for the messages). */
export interface KeyringSource {
  /** e.g. `ACCORD_CASE_KEYS`: `keyId:base64key[,keyId:base64key…]`, first = current. */
  variable: string;
  /** e.g. "case data", used in warnings and errors. */
  protects: string;
}

/** The current key encrypts; every listed key decrypts, so keys can be rotated without a migration. */
export class Keyring {
  private readonly byId: Map<string, Buffer>;

  constructor(readonly current: KeyringKey, others: readonly KeyringKey[] = []) {
    this.byId = new Map([current, ...others].map((k) => [k.id, k.key]));
  }

  key(id: string): Buffer | undefined {
    return this.byId.get(id);
  }

  static fromEnv(source: KeyringSource, env: NodeJS.ProcessEnv = process.env): Keyring {
    const raw = env[source.variable]?.trim();
    if (!raw) return Keyring.ephemeral(source, env);
    const keys = raw.split(',').map((entry) => parseKey(entry.trim(), source));
    return new Keyring(keys[0], keys.slice(1));
  }

  /**
   * Without a configured key only a development process may run, with a key that dies with it (the
   * embedded default writes a lasting one beside its data before this is read, see runService).
   */
  private static ephemeral(source: KeyringSource, env: NodeJS.ProcessEnv): Keyring {
    if (env['NODE_ENV'] === 'production') throw new Error(`${source.variable} is required in production (keyId:base64 of 32 random bytes) to encrypt ${source.protects}`);
    new Logger('Keyring').warn(`${source.variable} is not set: ${source.protects} is encrypted with a key made for this process only and is unreadable after a restart`);
    return new Keyring({ id: `dev-${randomBytes(3).toString('hex')}`, key: randomBytes(32) });
  }
}

function parseKey(entry: string, source: KeyringSource): KeyringKey {
  const colon = entry.indexOf(':');
  const id = entry.slice(0, colon);
  const key = Buffer.from(entry.slice(colon + 1), 'base64');
  if (colon < 1 || !/^[A-Za-z0-9_-]{1,40}$/.test(id) || key.length !== 32) {
    throw new Error(`${source.variable} entries are keyId:base64 of exactly 32 bytes (AES-256)`);
  }
  return { id, key };
}
