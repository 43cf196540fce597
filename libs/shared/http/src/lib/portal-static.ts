import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { Logger } from '@nestjs/common';
import fastifyStatic from '@fastify/static';
import { FastifyInstance } from 'fastify';
import { precompressFolder } from './precompress';

/**
 * Serves the built portal's files at `/` and answers `/` with index.html. Deep links (/commitments/…)
 * are answered with index.html by the exception filter's SPA fallback, since Nest owns the 404 handler.
 */
export async function servePortal(fastify: FastifyInstance, root: string): Promise<Buffer | null> {
  const index = join(root, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index);
  const preCompressed = precompress(root);
  await fastify.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: false, cacheControl: true, maxAge: '1h', preCompressed });
  const brotliHtml = brotliCompressSync(html);
  fastify.get('/', (request, reply) => {
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
    if (!/\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.send(html);
    return reply.header('content-encoding', 'br').send(brotliHtml);
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
