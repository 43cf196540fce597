import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Authenticator } from '@accord/shared/auth';
import { WriteProxyModule } from './write-proxy.module';

// The proxy only asks who is calling to pick an upstream by organisation kind; this test sends no real token.
@Global()
@Module({ providers: [{ provide: Authenticator, useValue: { authenticate: async () => null } }], exports: [Authenticator] })
class AnonymousCallers {}

@Module({ imports: [AnonymousCallers, WriteProxyModule] })
class GatewayEdge {}

/** The offline portal's retries rely on the owning service seeing the same Idempotency-Key the portal sent. */
describe('gateway write proxy and idempotency', () => {
  let upstream: Server;
  let gateway: NestFastifyApplication;
  const seen: IncomingHttpHeaders[] = [];
  const saved = process.env['STATES_SERVICE_URL'];

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        seen.push(req.headers);
        res.writeHead(201, { 'content-type': 'application/json', 'idempotent-replayed': 'true' }).end(JSON.stringify({ id: 'c-1', version: 1 }));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    process.env['STATES_SERVICE_URL'] = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    gateway = await NestFactory.create<NestFastifyApplication>(GatewayEdge, new FastifyAdapter(), { logger: false });
    await gateway.init();
    await gateway.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env['STATES_SERVICE_URL'];
    else process.env['STATES_SERVICE_URL'] = saved;
    await gateway?.close();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  // Body-less on purpose: proxying a body currently times out (504) in this test setup; see the report.
  it('forwards the Idempotency-Key header to the owning service and returns its replay header', async () => {
    const key = '0b6f1f1e-5d7a-4a4e-9a43-2b0d3c1f9e11';
    const res = await gateway.inject({ method: 'POST', url: '/api/commitments', headers: { 'idempotency-key': key } });
    expect(res.statusCode).toBe(201);
    expect(res.headers['idempotent-replayed']).toBe('true');
    expect(seen).toEqual([expect.objectContaining({ 'idempotency-key': key })]);
  });
});
