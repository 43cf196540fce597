import { createHmac } from 'node:crypto';
import { JwksKeyStore } from './jwks-key-store';
import { OidcSettings } from './oidc-settings';
import { OidcTokenVerifier } from './oidc-token-verifier';
import { TestOidcProvider } from '@accord/shared/testing';

describe('OidcTokenVerifier against a JWKS served on 127.0.0.1', () => {
  const provider = new TestOidcProvider();
  const rsa = TestOidcProvider.key('rsa-1');
  const ec = TestOidcProvider.key('ec-1', 'ES256');
  let settings: OidcSettings;
  let keys: JwksKeyStore;
  let verifier: OidcTokenVerifier;
  let clock = 0;

  beforeAll(async () => {
    provider.published = [rsa, ec];
    settings = { issuer: provider.issuer, audience: provider.audience, jwksUri: await provider.start(), clockToleranceSeconds: 5, minRefreshIntervalMs: 60_000, maxKeyAgeMs: 3_600_000 };
  });
  beforeEach(() => {
    provider.published = [rsa, ec];
    clock = Date.now();
    keys = new JwksKeyStore(settings, () => clock);
    verifier = new OidcTokenVerifier(settings, keys);
  });
  afterAll(() => provider.stop());

  it('accepts a good RS256 token and a good ES256 token, keeping only sub, email and iat', async () => {
    const good = await verifier.check(provider.token(rsa, { email: 'focal.bd@accord.demo', roles: ['admin'], org: 'accord-platform' }));
    expect(good).toEqual({ ok: true, identity: { issuer: provider.issuer, subject: 'idp-subject-1', email: 'focal.bd@accord.demo', issuedAt: expect.any(Number) } });
    await expect(verifier.check(provider.token(ec, { email: 'x@accord.demo' }))).resolves.toMatchObject({ ok: true });
  });

  it('refuses a token signed by a key the provider does not publish under that kid', async () => {
    const impostor = { ...TestOidcProvider.key('rsa-1'), kid: 'rsa-1' };
    await expect(verifier.check(provider.token(impostor))).resolves.toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses the wrong audience, the wrong issuer, an expired token and one not valid yet', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(verifier.check(provider.token(rsa, { aud: 'someone-else' }))).resolves.toEqual({ ok: false, reason: 'audience' });
    await expect(verifier.check(provider.token(rsa, { iss: 'https://evil.example' }))).resolves.toEqual({ ok: false, reason: 'issuer' });
    await expect(verifier.check(provider.token(rsa, { exp: now - 60 }))).resolves.toEqual({ ok: false, reason: 'expired' });
    await expect(verifier.check(provider.token(rsa, { exp: undefined }))).resolves.toEqual({ ok: false, reason: 'expired' });
    await expect(verifier.check(provider.token(rsa, { nbf: now + 600 }))).resolves.toEqual({ ok: false, reason: 'not yet valid' });
    await expect(verifier.check(provider.token(rsa, { aud: ['other', provider.audience] }))).resolves.toMatchObject({ ok: true });
  });

  it('refuses alg none, HS256 keyed with the public key, and an RS256 header over an EC key', async () => {
    const payload = Buffer.from(JSON.stringify({ iss: provider.issuer, aud: provider.audience, sub: 's', exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', kid: 'rsa-1' })).toString('base64url')}.${payload}.`;
    await expect(verifier.check(none)).resolves.toEqual({ ok: false, reason: 'malformed' });
    const hsHeader = Buffer.from(JSON.stringify({ alg: 'HS256', kid: 'rsa-1' })).toString('base64url');
    const hs = `${hsHeader}.${payload}.${createHmac('sha256', JSON.stringify(rsa.publicJwk)).update(`${hsHeader}.${payload}`).digest('base64url')}`;
    await expect(verifier.check(hs)).resolves.toEqual({ ok: false, reason: 'algorithm' });
    const confused = provider.token(rsa, {}, { kid: 'ec-1' });
    await expect(verifier.check(confused)).resolves.toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses an unknown email_verified=false email but keeps the subject', async () => {
    const res = await verifier.check(provider.token(rsa, { email: 'a@b.example', email_verified: false }));
    expect(res).toMatchObject({ ok: true, identity: { email: null, subject: 'idp-subject-1' } });
  });

  it('on an unknown kid re-fetches the JWKS once (rotation), and never more than once per interval', async () => {
    await verifier.check(provider.token(rsa));
    expect(keys.fetchCount).toBe(1);
    const rotated = TestOidcProvider.key('rsa-2');
    provider.published = [rotated];
    // Within the minimum interval a new kid is not fetched for: the limit holds even for a real rotation.
    await expect(verifier.check(provider.token(rotated))).resolves.toEqual({ ok: false, reason: 'unknown key' });
    expect(keys.fetchCount).toBe(1);
    clock += settings.minRefreshIntervalMs + 1;
    await expect(verifier.check(provider.token(rotated))).resolves.toMatchObject({ ok: true });
    expect(keys.fetchCount).toBe(2);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => verifier.check(provider.token({ ...rotated, kid: `made-up-${i}` }))));
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(keys.fetchCount).toBe(2);
    // The withdrawn key no longer verifies once the new set is loaded.
    await expect(verifier.check(provider.token(rsa))).resolves.toEqual({ ok: false, reason: 'unknown key' });
  });

  it('shares one fetch between concurrent misses', async () => {
    const fresh = new JwksKeyStore(settings);
    const v = new OidcTokenVerifier(settings, fresh);
    await Promise.all(Array.from({ length: 20 }, () => v.check(provider.token(rsa))));
    expect(fresh.fetchCount).toBe(1);
  });
});
