import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import Fastify, { FastifyInstance } from 'fastify';
import { servePortal } from './portal-static';

describe('serving the built portal', () => {
  let dir: string;
  let fastify: FastifyInstance;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accord-portal-'));
    writeFileSync(join(dir, 'index.html'), '<html><head><link rel="stylesheet" href="styles-A.css"></head><body><acc-root></acc-root><script src="main-M.js" type="module"></script></body></html>');
    writeFileSync(join(dir, 'styles-A.css'), 'body{margin:0}');
    writeFileSync(join(dir, 'main-M.js'), 'var r=[{path:"",pathMatch:"full",loadChildren:()=>import("./chunk-B.js").then(e=>e.R)}];');
    writeFileSync(join(dir, 'chunk-B.js'), 'export const R=[];');
    fastify = Fastify();
    fastify.addHook('onRequest', async (request) => void requests.push(`${request.url} ${request.headers.authorization ?? 'anonymous'}`));
    fastify.get('/api/commitments', async () => ({ items: [{ id: 'c-1', title: 'Fair recruitment', latestPercent: 20, owners: [{ name: 'State BD' }] }], total: 1, page: 1, pageSize: 20 }));
    fastify.get('/api/organisations', async () => []);
    fastify.get('/api/reference/gcm-objectives', async () => []);
    await servePortal(fastify, dir);
  });
  afterAll(async () => {
    await fastify.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers / with the first board rows and the API answers inside, brotli-compressed, never cached', async () => {
    requests.length = 0;
    const res = await fastify.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'gzip, br', authorization: 'Bearer someone' } });
    expect([res.statusCode, res.headers['content-encoding'], res.headers['cache-control']]).toEqual([200, 'br', 'no-cache']);
    const page = brotliDecompressSync(res.rawPayload).toString();
    expect(page).toContain('<a href="/commitments/c-1">Fair recruitment</a>');
    expect(page).toContain('<link rel="modulepreload" href="chunk-B.js">');
    expect(page).toContain('<style>body{margin:0}</style>');
    // The embedded answers are what anyone may read: asked without the visitor's credentials.
    expect(requests.filter((r) => r.startsWith('/api/'))).toEqual(['/api/commitments?page=1&pageSize=20 anonymous', '/api/organisations anonymous', '/api/reference/gcm-objectives anonymous']);
  });

  it('with a query the board asks for other rows: no first rows, no embedded answers', async () => {
    const res = await fastify.inject({ method: 'GET', url: '/?status=stalled' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('accord-first-paint');
    expect(res.body).not.toContain('accord-preloaded');
    expect(res.body).toContain('<link rel="modulepreload" href="chunk-B.js">');
  });
});
