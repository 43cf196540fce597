import { Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import replyFrom from '@fastify/reply-from';
import { FastifyInstance, FastifyRequest } from 'fastify';
import { Authenticator, bearerToken } from '@accord/shared/auth';
import { proxiedRoute, upstreamFor, WRITE_ROUTES } from './write-routes';

/**
 * Forwards writes to the service that owns them (headers incl. Authorization pass through; the
 * service checks the token itself). Without the env variables (the platform) nothing is proxied.
 */
@Module({})
export class WriteProxyModule implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost, private readonly authenticator: Authenticator) {}

  async onModuleInit(): Promise<void> {
    const configured = WRITE_ROUTES.filter((r) => process.env[r.envVar]);
    if (!configured.length) return;
    const fastify = this.host.httpAdapter.getInstance<FastifyInstance>();
    await fastify.register(replyFrom, { http: { requestOptions: { timeout: 15_000 } } });
    fastify.addHook('onRequest', async (request, reply) => {
      const route = proxiedRoute(request.method, request.url);
      if (!route) return;
      const kind = route.byKind ? await this.organisationKind(request) : null;
      const upstream = upstreamFor(request.method, request.url, process.env, kind);
      if (!upstream) return;
      // onRequest runs before the body is parsed: hand reply-from the raw stream, or it sends an empty
      // body under the client's content-length and the upstream waits for it until the 504.
      if (request.method !== 'GET' && request.method !== 'HEAD') request.body = request.raw;
      return reply.from(`${upstream}${request.url}`);
    });
    this.logRoutes(configured);
  }

  /** Only to pick the owning service: the upstream authenticates and authorises the request again. */
  private async organisationKind(request: FastifyRequest): Promise<string | null> {
    const actor = await this.authenticator.authenticate(bearerToken(request.headers.authorization));
    return actor?.organisation?.kind ?? null;
  }

  private logRoutes(configured: typeof WRITE_ROUTES): void {
    const logger = new Logger('WriteProxy');
    logger.log(`writes proxied: ${configured.map((r) => `${r.prefix} → ${process.env[r.envVar]}`).join(', ')}`);
    for (const route of configured) {
      const missing = Object.entries(route.byKind ?? {}).filter(([, envVar]) => !process.env[envVar]);
      for (const [kind, envVar] of missing) logger.warn(`${route.prefix}: ${envVar} is not set, writes by ${kind} organisations go to ${process.env[route.envVar]}`);
    }
  }
}
