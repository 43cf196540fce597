import { createSecretKey, KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { AccessTokenClaims, IssuedToken, TokenCheck, TokenSubject } from './access-token-claims';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, TokenSettings } from './token-settings';

/**
 * Issues and verifies access tokens from the shared secret alone (no database), so every service can
 * verify. Whether a verified token still stands (revocation, disabled person) is the ActorResolver's call.
 */
@Injectable()
export class TokenService {
  constructor(private readonly settings: TokenSettings, private readonly now: () => number = Date.now) {}

  issue(subject: TokenSubject): IssuedToken {
    const iat = Math.floor(this.now() / 1000);
    const exp = iat + this.settings.ttlSeconds;
    const payload: Omit<AccessTokenClaims, 'iss' | 'aud' | 'sub'> = { org: subject.organisationId, roles: [...subject.roles], ver: subject.tokenVersion, iat, exp };
    if (subject.organisation) {
      const { name, kind, country } = subject.organisation;
      payload.orgd = { name, kind, country };
    }
    const accessToken = jwt.sign(payload, this.key(), { algorithm: 'HS256', subject: subject.personId, issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
    return { accessToken, expiresAt: new Date(exp * 1000) };
  }

  // A KeyObject made once: given a plain string, jsonwebtoken first tries to parse it as a public key
  // on every call (a throw and catch per request, 9 % of CPU under load).
  private secretKey?: KeyObject;
  private key(): KeyObject {
    this.secretKey ??= createSecretKey(Buffer.from(this.settings.secret, 'utf8'));
    return this.secretKey;
  }

  verify(token: string): AccessTokenClaims | null {
    const check = this.check(token);
    return check.ok ? check.claims : null;
  }

  // Tokens this service already verified, with their claims: the same string has the same signature,
  // so only the expiry needs checking again (revocation is the ActorResolver's, on every call anyway).
  // Bounded; the oldest entry goes first.
  private readonly verified = new Map<string, AccessTokenClaims>();

  check(token: string): TokenCheck {
    const known = this.verified.get(token);
    if (known) return known.exp > Math.floor(this.now() / 1000) ? { ok: true, claims: known } : this.forget(token);
    const check = this.checkSignature(token);
    if (check.ok) {
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, Object.freeze(check.claims));
    }
    return check;
  }

  private forget(token: string): TokenCheck {
    this.verified.delete(token);
    return { ok: false, reason: 'expired' };
  }

  private checkSignature(token: string): TokenCheck {
    try {
      const payload = jwt.verify(token, this.key(), {
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        clockTimestamp: Math.floor(this.now() / 1000),
      });
      return isClaims(payload) ? { ok: true, claims: payload } : { ok: false, reason: 'invalid' };
    } catch (e) {
      if (e instanceof jwt.TokenExpiredError) return { ok: false, reason: 'expired' };
      if (e instanceof jwt.JsonWebTokenError) return { ok: false, reason: 'invalid' };
      throw e;
    }
  }
}

const VERIFIED_TOKENS_KEPT = 10_000;

function isClaims(p: unknown): p is AccessTokenClaims {
  if (typeof p !== 'object' || p === null) return false;
  const c = p as Record<string, unknown>;
  return (
    typeof c['sub'] === 'string' &&
    typeof c['org'] === 'string' &&
    Array.isArray(c['roles']) &&
    c['roles'].every((r) => typeof r === 'string') &&
    Number.isInteger(c['ver']) &&
    typeof c['exp'] === 'number'
  );
}
