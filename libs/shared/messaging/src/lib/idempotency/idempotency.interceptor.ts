import { createHash } from 'node:crypto';
import { BadRequestException, CallHandler, ConflictException, ExecutionContext, Injectable, Logger, NestInterceptor, UnprocessableEntityException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, lastValueFrom, Observable } from 'rxjs';
import { Actor } from '@accord/shared/kernel';
import { canonicalJson } from '../integrity/canonical-json';
import { IdempotencyContext } from './idempotency-context';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_RULE, IdempotencyKeyId, isWellFormedIdempotencyKey, REPLAYED_HEADER } from './idempotency-key';
import { IdempotencyStore } from './idempotency-store';
import { IDEMPOTENT_RESPONSE, StoredResponse } from './idempotent-response.decorator';

interface RequestLike {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  actor?: Actor;
}

interface ReplyLike {
  statusCode: number;
  status(code: number): unknown;
  header(name: string, value: string): unknown;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * `Idempotency-Key` on every write: the first request runs, its response is kept per person and
 * organisation + method + path + key; a repeat with the same body replays it (`Idempotent-Replayed: true`)
 * without running the command again; another body → 422; a repeat while the first still runs → 409.
 * Anonymous writes (sign-in) are not recorded: there is no person to scope a stored answer (or token) to.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  private readonly reflector = new Reflector();

  constructor(private readonly store: IdempotencyStore, private readonly context: IdempotencyContext) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const request = ctx.switchToHttp().getRequest<RequestLike>();
    const raw = request.headers['idempotency-key'];
    if (!WRITES.has(request.method) || raw === undefined) return next.handle();
    const key = Array.isArray(raw) || !isWellFormedIdempotencyKey(raw) ? null : raw;
    if (key === null) throw new BadRequestException({ message: `invalid input: ${IDEMPOTENCY_HEADER}`, fields: [{ field: IDEMPOTENCY_HEADER, message: IDEMPOTENCY_KEY_RULE }] });
    if (!request.actor) return next.handle();
    const stored = this.reflector.get<StoredResponse | undefined>(IDEMPOTENT_RESPONSE, ctx.getHandler());
    return from(this.handle(keyId(request, request.actor, key), requestHash(request), ctx.switchToHttp().getResponse<ReplyLike>(), next, stored));
  }

  private async handle(id: IdempotencyKeyId, hash: string, reply: ReplyLike, next: CallHandler, stored?: StoredResponse): Promise<unknown> {
    const claim = await this.store.claim(id, hash);
    if (claim.kind === 'mismatch') {
      throw new UnprocessableEntityException({
        message: `${IDEMPOTENCY_HEADER} was already used for a different request: send a new key for new content`,
        fields: [{ field: IDEMPOTENCY_HEADER, message: 'already used with a different body' }],
      });
    }
    if (claim.kind === 'in-flight') {
      reply.header('retry-after', '2');
      throw new ConflictException({ message: `a request with this ${IDEMPOTENCY_HEADER} is still being processed: retry shortly`, fields: [{ field: IDEMPOTENCY_HEADER, message: 'in flight' }] });
    }
    if (claim.kind === 'replay') {
      reply.status(claim.status);
      reply.header(REPLAYED_HEADER, 'true');
      return claim.body ?? undefined;
    }
    return this.runFirst(id, reply, next, stored);
  }

  private async runFirst(id: IdempotencyKeyId, reply: ReplyLike, next: CallHandler, stored?: StoredResponse): Promise<unknown> {
    const status = reply.statusCode;
    let body: unknown;
    try {
      body = await this.context.run({ id, status, stored }, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
    } catch (e) {
      await this.store.release(id).catch((releaseError: unknown) => this.logger.error(`could not release an idempotency key after a failed request: ${String(releaseError)}`));
      throw e;
    }
    await this.store.complete(id, status, stored ? stored(body) : body);
    return body;
  }
}

function keyId(request: RequestLike, actor: Actor, key: string): IdempotencyKeyId {
  return { scope: `${actor.personId}@${actor.organisationId}`, method: request.method, path: request.url.split('?')[0], key };
}

function requestHash(request: RequestLike): string {
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
  return createHash('sha256').update(canonicalJson({ query, body: request.body ?? null })).digest('hex');
}
