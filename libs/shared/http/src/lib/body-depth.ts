import { FastifyInstance } from 'fastify';

export const MAX_BODY_DEPTH = 32;

/** Nesting depth of a parsed JSON value, walked with a stack: a recursive walk is itself the overflow. */
export function exceedsDepth(value: unknown, max = MAX_BODY_DEPTH): boolean {
  const stack: Array<{ v: unknown; d: number }> = [{ v: value, d: 0 }];
  while (stack.length > 0) {
    const { v, d } = stack.pop() as { v: unknown; d: number };
    if (v === null || typeof v !== 'object') continue;
    if (d >= max) return true;
    for (const child of Object.values(v as Record<string, unknown>)) stack.push({ v: child, d: d + 1 });
  }
  return false;
}

/**
 * No request DTO nests deeper than a few levels, while validation and transformation recurse: a
 * 5,000-level body overflowed the stack (500). Such bodies get a 400 before any of that runs.
 */
export function refuseDeepBodies(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request, reply) => {
    if (request.body !== undefined && exceedsDepth(request.body)) {
      return reply
        .status(400)
        .header('cache-control', 'no-store')
        .send({ statusCode: 400, error: 'Bad Request', message: `the body nests deeper than ${MAX_BODY_DEPTH} levels` });
    }
  });
}
