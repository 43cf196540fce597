import { createPublicKey, JsonWebKey, KeyObject } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { OidcSettings } from './oidc-settings';

const FETCH_TIMEOUT_MS = 5_000;
const MAX_KEYS = 50;

interface Jwk extends JsonWebKey {
  kid?: string;
  use?: string;
}

/**
 * The provider's signing keys by `kid`. A `kid` we do not know triggers one re-fetch (key rotation),
 * but never more often than minRefreshIntervalMs; concurrent misses share one fetch.
 */
export class JwksKeyStore {
  private readonly logger = new Logger('OIDC');
  private keys = new Map<string, KeyObject>();
  private fetchedAt = 0;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | null = null;
  private fetches = 0;

  constructor(private readonly settings: Pick<OidcSettings, 'jwksUri' | 'minRefreshIntervalMs' | 'maxKeyAgeMs'>, private readonly now: () => number = Date.now) {}

  async key(kid: string | undefined): Promise<KeyObject | null> {
    if (this.now() - this.fetchedAt > this.settings.maxKeyAgeMs) await this.refresh();
    const known = this.find(kid);
    if (known) return known;
    await this.refresh();
    return this.find(kid);
  }

  /** How many times the JWKS was fetched (tests check the rate limit with it). */
  get fetchCount(): number {
    return this.fetches;
  }

  private find(kid: string | undefined): KeyObject | null {
    if (kid !== undefined) return this.keys.get(kid) ?? null;
    // A token without `kid` is only unambiguous when the provider publishes a single key.
    return this.keys.size === 1 ? [...this.keys.values()][0] : null;
  }

  private refresh(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.now() - this.lastAttemptAt < this.settings.minRefreshIntervalMs) return Promise.resolve();
    this.lastAttemptAt = this.now();
    this.inFlight = this.fetchKeys()
      .catch((e: unknown) => this.logger.error(`JWKS fetch from ${this.settings.jwksUri} failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async fetchKeys(): Promise<void> {
    this.fetches += 1;
    const res = await fetch(this.settings.jwksUri, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' }, redirect: 'error' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body: unknown = await res.json();
    const jwks = (body as { keys?: unknown }).keys;
    if (!Array.isArray(jwks)) throw new Error('no "keys" array');
    const keys = new Map<string, KeyObject>();
    for (const jwk of jwks.slice(0, MAX_KEYS) as Jwk[]) {
      const key = toKey(jwk);
      if (key) keys.set(jwk.kid ?? '', key);
    }
    this.keys = keys;
    this.fetchedAt = this.now();
  }
}

function toKey(jwk: Jwk): KeyObject | null {
  if (typeof jwk !== 'object' || jwk === null || (jwk.kty !== 'RSA' && jwk.kty !== 'EC') || (jwk.use !== undefined && jwk.use !== 'sig')) return null;
  try {
    return createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    return null;
  }
}
