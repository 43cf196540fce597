import { createPrivateKey, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface TestSigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyObject;
  publicJwk: Record<string, unknown>;
}

/** Test only: an OIDC provider's JWKS endpoint on 127.0.0.1 and a token signer, with keys made in the test. */
export class TestOidcProvider {
  published: TestSigningKey[] = [];
  requests = 0;
  private server?: Server;

  constructor(readonly issuer = 'https://idp.test.example', readonly audience = 'accord-portal') {}

  static key(kid: string, alg: 'RS256' | 'ES256' = 'RS256'): TestSigningKey {
    const pair = alg === 'RS256' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
    return { kid, alg, privateKey: createPrivateKey(pair.privateKey.export({ format: 'pem', type: 'pkcs8' })), publicJwk: { ...pair.publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg } };
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: this.published.map((k) => k.publicJwk) }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  token(key: TestSigningKey, claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: this.issuer, aud: this.audience, sub: 'idp-subject-1', iat: now, exp: now + 300, ...claims };
    const h = Buffer.from(JSON.stringify({ alg: key.alg, typ: 'JWT', kid: key.kid, ...header })).toString('base64url');
    const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
    const input = Buffer.from(`${h}.${p}`);
    const signature = key.alg === 'RS256' ? sign('sha256', input, key.privateKey) : sign('sha256', input, { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
    return `${h}.${p}.${signature.toString('base64url')}`;
  }
}
