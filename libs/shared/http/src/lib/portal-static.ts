import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { Logger } from '@nestjs/common';
import fastifyStatic from '@fastify/static';
import { FastifyInstance } from 'fastify';
import { PortalLanding } from './portal-landing';
import { precompressFolder } from './precompress';

/**
 * Serves the built portal's files at `/` and answers `/` with index.html made ready for a slow link (see
 * PortalLanding). Deep links (/commitments/…) are answered with the plain index.html by the exception
 * filter's SPA fallback, since Nest owns the 404 handler.
 */
export async function servePortal(fastify: FastifyInstance, root: string): Promise<Buffer | null> {
  const index = join(root, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index);
  const preCompressed = precompress(root);
  await fastify.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: false, cacheControl: true, maxAge: '1h', preCompressed });
  const landing = PortalLanding.fromBuild(root, html.toString('utf8'));
  // The board's own API answers, asked without credentials: the embedded copy is what anyone may read.
  const fetchApi = async (url: string) => {
    const res = await fastify.inject({ method: 'GET', url, headers: { accept: 'application/json' } });
    return { status: res.statusCode, body: res.body };
  };
  fastify.get('/', async (request, reply) => {
    // With a query (/?status=…) the board asks for other rows: the default first page would be wrong.
    const page = Buffer.from(request.url === '/' ? await landing.render(fetchApi) : landing.bare());
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
    if (!/\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.send(page);
    // Built per request, so a fast setting: ~1 ms for the page, a few percent bigger than the slowest.
    return reply.header('content-encoding', 'br').send(brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
  });
  return html;
}

function precompress(root: string): boolean {
  try {
    precompressFolder(root);
    return true;
  } catch (e) {
    new Logger('HTTP').warn(`portal assets served uncompressed (cannot write .br/.gz in ${root}): ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
