import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

export const XML_CONTENT_TYPES = ['application/xml', 'application/cap+xml', 'text/xml'];
export const XML_BODY_LIMIT = 1_048_576;

interface FastifyLike {
  hasContentTypeParser(type: string): boolean;
  addContentTypeParser(
    types: string[],
    options: { parseAs: 'buffer'; bodyLimit: number },
    parser: (req: unknown, body: Buffer, done: (err: Error | null, body?: Buffer) => void) => void,
  ): void;
}

/**
 * Hands XML bodies to controllers as the raw Buffer: the bytes must be decoded by the document's own
 * declaration, never by a guess. Fastify answers 413 above the limit before any parsing.
 */
@Injectable()
export class XmlBodyParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyLike>();
    if (!fastify || typeof fastify.addContentTypeParser !== 'function') return;
    const missing = XML_CONTENT_TYPES.filter((t) => !fastify.hasContentTypeParser(t));
    if (missing.length === 0) return;
    fastify.addContentTypeParser(missing, { parseAs: 'buffer', bodyLimit: XML_BODY_LIMIT }, (_req, body, done) => done(null, body));
  }
}
