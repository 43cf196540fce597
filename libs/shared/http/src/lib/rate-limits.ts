import { createHash } from 'node:crypto';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RateLimiter } from './rate-limiter';

export interface RateLimitSettings {
  signInPerIpPerMinute: number;
  signInPerEmailPerMinute: number;
  writesPerIpPerMinute: number;
  writesPerTokenPerMinute: number;
}

export function rateLimitSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const n = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
  return {
    signInPerIpPerMinute: n('ACCORD_RATE_SIGNIN_IP', 20),
    signInPerEmailPerMinute: n('ACCORD_RATE_SIGNIN_EMAIL', 5),
    writesPerIpPerMinute: n('ACCORD_RATE_WRITES_IP', 600),
    writesPerTokenPerMinute: n('ACCORD_RATE_WRITES_TOKEN', 300),
  };
}

const MINUTE = 60_000;
const digest = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 22);

function tooMany(reply: FastifyReply, retryAfter: number): FastifyReply {
  return reply
    .status(429)
    .header('retry-after', String(retryAfter))
    .header('cache-control', 'no-store')
    .send({ statusCode: 429, error: 'Too Many Requests', message: `too many requests; try again in ${retryAfter} s` });
}

/** Sign-in floods and write floods get 429 with Retry-After, before any password hashing or database work. */
export function addRateLimits(fastify: FastifyInstance, settings: RateLimitSettings): void {
  const signInIp = new RateLimiter(settings.signInPerIpPerMinute, MINUTE);
  const signInEmail = new RateLimiter(settings.signInPerEmailPerMinute, MINUTE);
  const writesIp = new RateLimiter(settings.writesPerIpPerMinute, MINUTE);
  const writesToken = new RateLimiter(settings.writesPerTokenPerMinute, MINUTE);

  fastify.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (request.method === 'GET' || request.method === 'HEAD' || !path.startsWith('/api/')) return;
    if (path === '/api/auth/sign-in') {
      const email = (request.body as { email?: unknown } | undefined)?.email;
      const wait = signInIp.hit(request.ip) || (typeof email === 'string' ? signInEmail.hit(digest(email.toLowerCase())) : 0);
      if (wait) return tooMany(reply, wait);
      return;
    }
    const auth = request.headers.authorization;
    const wait = writesIp.hit(request.ip) || (auth ? writesToken.hit(digest(auth)) : 0);
    if (wait) return tooMany(reply, wait);
  });
}
