import { Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import replyFrom from '@fastify/reply-from';
import { FastifyInstance } from 'fastify';
import { upstreamFor, WRITE_ROUTES } from './write-routes';

/**
 * Forwards writes to the service that owns them (headers incl. Authorization pass through; the
 * service checks the token itself). Without the env variables (the platform) nothing is proxied.
 */
@Module({})
export class WriteProxyModule implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  async onModuleInit(): Promise<void> {
    const configured = WRITE_ROUTES.filter((r) => process.env[r.envVar]);
    if (!configured.length) return;
    const fastify = this.host.httpAdapter.getInstance<FastifyInstance>();
    await fastify.register(replyFrom, { http: { requestOptions: { timeout: 15_000 } } });
    fastify.addHook('onRequest', async (request, reply) => {
      const upstream = upstreamFor(request.method, request.url, process.env);
      if (!upstream) return;
      return reply.from(`${upstream}${request.url}`);
    });
    new Logger('WriteProxy').log(`writes proxied: ${configured.map((r) => `${r.prefix} → ${process.env[r.envVar]}`).join(', ')}`);
  }
}
