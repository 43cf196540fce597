import jwt from 'jsonwebtoken';
import { TokenService } from './token.service';
import { tokenSettingsFromEnv } from './token-settings';

const secret = 'a-test-secret-that-is-long-enough-for-hs256-use';
const subject = { personId: 'p-1', organisationId: 'state-ca', roles: ['focal_point'], tokenVersion: 3, organisation: { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' } };

function serviceAt(nowMs: number, key = secret, ttlSeconds = 60): TokenService {
  return new TokenService({ secret: key, ttlSeconds }, () => nowMs);
}

describe('TokenService', () => {
  const t0 = Date.UTC(2026, 0, 1);

  it('issues a token whose claims verify: sub, org, roles, ver, iss, aud, exp', () => {
    const { accessToken, expiresAt } = serviceAt(t0).issue(subject);
    const claims = serviceAt(t0 + 1000).verify(accessToken);
    expect(claims).toMatchObject({ sub: 'p-1', org: 'state-ca', roles: ['focal_point'], ver: 3, iss: 'accord', aud: 'accord-portal', orgd: { name: 'Canada', kind: 'state', country: 'CA' } });
    expect(claims?.exp).toBe(t0 / 1000 + 60);
    expect(expiresAt.toISOString()).toBe(new Date(t0 + 60_000).toISOString());
  });

  it('refuses an expired token', () => {
    const { accessToken } = serviceAt(t0).issue(subject);
    expect(serviceAt(t0 + 61_000).check(accessToken)).toEqual({ ok: false, reason: 'expired' });
  });

  it('verifies a token once, then still refuses it when it expires', () => {
    let now = t0;
    const service = new TokenService({ secret, ttlSeconds: 60 }, () => now);
    const token = service.issue(subject).accessToken;
    const first = service.check(token);
    expect(first.ok).toBe(true);
    expect(service.check(token)).toEqual(first);
    now = t0 + 61_000;
    expect(service.check(token)).toEqual({ ok: false, reason: 'expired' });
    expect(service.check(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('never answers a tampered copy of a verified token from what it verified', () => {
    const service = serviceAt(t0);
    const token = service.issue(subject).accessToken;
    expect(service.verify(token)).not.toBeNull();
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['admin'] })).toString('base64url');
    expect(service.check(`${header}.${forged}.${signature}`)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a token signed with another secret', () => {
    const { accessToken } = serviceAt(t0, 'another-secret-entirely-different-and-long').issue(subject);
    expect(serviceAt(t0).check(accessToken)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a tampered payload (roles raised to admin)', () => {
    const [header, payload, signature] = serviceAt(t0).issue(subject).accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    expect(serviceAt(t0).verify(`${header}.${forged}.${signature}`)).toBeNull();
  });

  it('refuses a tampered signature', () => {
    const token = serviceAt(t0).issue(subject).accessToken;
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(serviceAt(t0).verify(token.slice(0, -1) + last)).toBeNull();
  });

  it('refuses the wrong audience and the wrong issuer', () => {
    const now = Math.floor(t0 / 1000);
    const base = { sub: 'p-1', org: 'state-ca', roles: [], ver: 0, iat: now, exp: now + 60 };
    const wrongAud = jwt.sign({ ...base, iss: 'accord', aud: 'someone-else' }, secret, { algorithm: 'HS256' });
    const wrongIss = jwt.sign({ ...base, iss: 'evil', aud: 'accord-portal' }, secret, { algorithm: 'HS256' });
    expect(serviceAt(t0).check(wrongAud)).toEqual({ ok: false, reason: 'invalid' });
    expect(serviceAt(t0).check(wrongIss)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses alg none and other algorithms', () => {
    const now = Math.floor(t0 / 1000);
    const claims = { sub: 'p-1', org: 'state-ca', roles: ['admin'], ver: 0, iat: now, exp: now + 60, iss: 'accord', aud: 'accord-portal' };
    const none = jwt.sign(claims, '', { algorithm: 'none' });
    const hs512 = jwt.sign(claims, secret, { algorithm: 'HS512' });
    expect(serviceAt(t0).verify(none)).toBeNull();
    expect(serviceAt(t0).verify(hs512)).toBeNull();
  });

  it('refuses a signed token whose claims lack the Accord shape', () => {
    const now = Math.floor(t0 / 1000);
    const token = jwt.sign({ sub: 'p-1', iat: now, exp: now + 60, iss: 'accord', aud: 'accord-portal' }, secret, { algorithm: 'HS256' });
    expect(serviceAt(t0).verify(token)).toBeNull();
  });
});

describe('tokenSettingsFromEnv', () => {
  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('refuses a short secret in production', () => {
    expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/at least/);
  });

  it('uses one random secret per process outside production, and the TTL from JWT_TTL_SECONDS', () => {
    const a = tokenSettingsFromEnv({ JWT_TTL_SECONDS: '120' });
    const b = tokenSettingsFromEnv({});
    expect(a.secret).toBe(b.secret);
    expect(a.secret.length).toBeGreaterThanOrEqual(32);
    expect(a.ttlSeconds).toBe(120);
    expect(b.ttlSeconds).toBe(8 * 3600);
  });

  it('refuses a nonsensical TTL', () => {
    expect(() => tokenSettingsFromEnv({ JWT_SECRET: secret, JWT_TTL_SECONDS: '-5' })).toThrow(/JWT_TTL_SECONDS/);
  });
});
