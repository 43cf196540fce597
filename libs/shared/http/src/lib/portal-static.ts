import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { FastifyInstance } from 'fastify';

/**
 * Serves the built portal's files at `/` and answers `/` with index.html. Deep links (/commitments/…)
 * are answered with index.html by the exception filter's SPA fallback, since Nest owns the 404 handler.
 */
export async function servePortal(fastify: FastifyInstance, root: string): Promise<Buffer | null> {
  const index = join(root, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index);
  await fastify.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: false, cacheControl: true, maxAge: '1h' });
  fastify.get('/', (_req, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html));
  return html;
}
