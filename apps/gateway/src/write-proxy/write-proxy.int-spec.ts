import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuthModule, Public, TokenService } from '@accord/shared/auth';
import { WriteProxyModule } from './write-proxy.module';

const JWT_SECRET = 'write-proxy-int-spec-secret-'.repeat(3);

interface Seen {
  service: string;
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

/** A stand-in for one stakeholder service: records what reached it and answers with its name. */
function fakeService(name: string, seen: Seen[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ service: name, method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ servedBy: name }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

@Controller('api/commitments')
class BoardStandIn {
  @Get()
  @Public()
  list(): { servedBy: string } {
    return { servedBy: 'gateway' };
  }
}

describe('gateway write routing by organisation kind', () => {
  const seen: Seen[] = [];
  const services: Record<string, { server: Server; url: string }> = {};
  const envVars = { states: 'STATES_SERVICE_URL', cities: 'CITIES_SERVICE_URL', 'civil-society': 'CIVIL_SOCIETY_SERVICE_URL', agencies: 'AGENCIES_SERVICE_URL' };
  const saved: Record<string, string | undefined> = {};
  let app: NestFastifyApplication;
  let tokens: TokenService;

  const tokenFor = (organisationId: string, kind: string) =>
    tokens.issue({ personId: `p-${organisationId}`, organisationId, roles: ['focal_point'], tokenVersion: 1, organisation: { id: organisationId, name: organisationId, kind, country: null } }).accessToken;
  let base: string;
  // Over a real socket: the proxy streams the incoming request on, which Fastify's inject does not model.
  const post = async (url: string, token?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const res = await fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify({ title: 'A commitment' }) });
    return { status: res.status, servedBy: ((await res.json()) as { servedBy?: string }).servedBy, last: seen[seen.length - 1] };
  };

  beforeAll(async () => {
    for (const [name, envVar] of Object.entries(envVars)) {
      services[name] = await fakeService(name, seen);
      saved[envVar] = process.env[envVar];
      process.env[envVar] = services[name].url;
    }
    @Module({ imports: [AuthModule.forRoot({ env: { JWT_SECRET } }), WriteProxyModule], controllers: [BoardStandIn] })
    class GatewayStandIn {}
    app = await NestFactory.create<NestFastifyApplication>(GatewayStandIn, new FastifyAdapter(), { logger: ['error'] });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
    tokens = app.get(TokenService);
  });

  afterAll(async () => {
    await app?.close();
    for (const s of Object.values(services)) await new Promise((r) => s.server.close(r));
    for (const [envVar, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[envVar];
      else process.env[envVar] = value;
    }
  });

  it.each([
    ['state', 'state-bd', 'states'],
    ['city', 'city-naga', 'cities'],
    ['cso', 'cso-mfa', 'civil-society'],
    ['agency', 'agency-iom', 'agencies'],
  ])('a %s logs its commitment in its own service (%s → %s), token and body passed through', async (kind, org, service) => {
    const token = tokenFor(org, kind);
    const res = await post('/api/commitments', token);
    expect(res).toEqual({ status: 201, servedBy: service, last: expect.objectContaining({ service, method: 'POST', url: '/api/commitments', authorization: `Bearer ${token}` }) });
    expect(JSON.parse(res.last.body)).toEqual({ title: 'A commitment' });
  });

  it('routes later writes on a commitment to the same owner service', async () => {
    const res = await post('/api/commitments/0b0e7d1c-9a39-4a55-9d53-1f7c3f1a2b3c/progress?x=1', tokenFor('city-naga', 'city'));
    expect(res.last).toEqual(expect.objectContaining({ service: 'cities', url: '/api/commitments/0b0e7d1c-9a39-4a55-9d53-1f7c3f1a2b3c/progress?x=1' }));
  });

  it('sends callers it cannot place (no token, a forged token, a secretariat) to the default owner, which refuses them itself', async () => {
    expect((await post('/api/commitments')).servedBy).toBe('states');
    const forged = tokenFor('city-naga', 'city').replace(/\.[^.]+$/, '.AAAA');
    expect((await post('/api/commitments', forged)).servedBy).toBe('states');
    expect((await post('/api/commitments', tokenFor('sec-gfmd', 'secretariat'))).servedBy).toBe('states');
  });

  it('keeps board reads at the gateway', async () => {
    const before = seen.length;
    const res = await fetch(`${base}/api/commitments?kind=city`, { headers: { authorization: `Bearer ${tokenFor('city-naga', 'city')}` } });
    expect(await res.json()).toEqual({ servedBy: 'gateway' });
    expect(seen.length).toBe(before);
  });
});
