import { KeyObject, verify } from 'node:crypto';
import { CompactJwt, parseCompactJwt } from './compact-jwt';
import { VerifiedExternalIdentity } from './external-identity';
import { JwksKeyStore } from './jwks-key-store';
import { OidcSettings } from './oidc-settings';

export const OIDC_ALGORITHMS = ['RS256', 'ES256'] as const;

export type OidcCheck = { ok: true; identity: VerifiedExternalIdentity } | { ok: false; reason: string };

/**
 * Verifies a provider's ID/access token with node's crypto: the algorithm must be RS256 or ES256 and match
 * the key's type (no alg confusion, no `none`, no HMAC with a public key), then the signature, exp/nbf,
 * iss and aud. Nothing from the token but `sub`, `email` and `iat` is trusted afterwards.
 */
export class OidcTokenVerifier {
  constructor(private readonly settings: OidcSettings, private readonly keys: JwksKeyStore = new JwksKeyStore(settings), private readonly now: () => number = Date.now) {}

  get issuer(): string {
    return this.settings.issuer;
  }

  async check(token: string): Promise<OidcCheck> {
    const jwt = parseCompactJwt(token);
    if (!jwt) return { ok: false, reason: 'malformed' };
    const alg = jwt.header['alg'];
    if (alg !== 'RS256' && alg !== 'ES256') return { ok: false, reason: 'algorithm' };
    const kid = jwt.header['kid'];
    const key = await this.keys.key(typeof kid === 'string' ? kid : undefined);
    if (!key) return { ok: false, reason: 'unknown key' };
    if (!signatureValid(jwt, alg, key)) return { ok: false, reason: 'signature' };
    return this.claims(jwt.payload);
  }

  private claims(p: Record<string, unknown>): OidcCheck {
    const now = Math.floor(this.now() / 1000);
    const leeway = this.settings.clockToleranceSeconds;
    if (p['iss'] !== this.settings.issuer) return { ok: false, reason: 'issuer' };
    const aud = p['aud'];
    if (!(aud === this.settings.audience || (Array.isArray(aud) && aud.includes(this.settings.audience)))) return { ok: false, reason: 'audience' };
    if (typeof p['exp'] !== 'number' || p['exp'] + leeway <= now) return { ok: false, reason: 'expired' };
    if (p['nbf'] !== undefined && (typeof p['nbf'] !== 'number' || p['nbf'] - leeway > now)) return { ok: false, reason: 'not yet valid' };
    if (typeof p['sub'] !== 'string' || p['sub'].length === 0 || p['sub'].length > 255) return { ok: false, reason: 'subject' };
    const email = typeof p['email'] === 'string' && p['email_verified'] !== false && p['email'].length <= 254 ? p['email'] : null;
    const issuedAt = typeof p['iat'] === 'number' ? p['iat'] : now;
    return { ok: true, identity: { issuer: this.settings.issuer, subject: p['sub'], email, issuedAt } };
  }
}

function signatureValid(jwt: CompactJwt, alg: 'RS256' | 'ES256', key: KeyObject): boolean {
  if (alg === 'RS256') return key.asymmetricKeyType === 'rsa' && verify('sha256', jwt.signingInput, key, jwt.signature);
  const p256 = key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
  return p256 && jwt.signature.length === 64 && verify('sha256', jwt.signingInput, { key, dsaEncoding: 'ieee-p1363' }, jwt.signature);
}
