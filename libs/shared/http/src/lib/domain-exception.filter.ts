import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import { BusinessRuleViolation, Forbidden, InvalidInput, NotFound, VersionConflict } from '@accord/shared/kernel';
import { ErrorBody } from './error-body';

interface RequestLike {
  method: string;
  url: string;
}

interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): void;
}

const REASON: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 413: 'Payload Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** Maps domain errors to HTTP and hides everything unexpected behind a generic 500 (logged in full). */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  /** With the portal's index.html, unknown GETs outside /api and /socket.io are portal deep links. */
  constructor(private readonly spaIndexHtml: Buffer | null = null) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<ReplyLike>();
    const request = host.switchToHttp().getRequest<RequestLike>();
    if (this.spaIndexHtml && exception instanceof NotFoundException && isPortalRoute(request)) {
      reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(this.spaIndexHtml);
      return;
    }
    const body = this.toBody(exception);
    if (body.statusCode === 503) reply.header('retry-after', '2');
    reply.status(body.statusCode).header('cache-control', 'no-store').send(body);
  }

  private toBody(e: unknown): ErrorBody {
    if (e instanceof BusinessRuleViolation) return this.body(422, e.message, { rule: e.rule, fields: e.field ? [{ field: e.field, message: e.message }] : undefined });
    if (e instanceof InvalidInput) return this.body(400, e.message, { fields: [{ field: e.field, message: e.message }] });
    if (e instanceof NotFound) return this.body(404, e.message);
    if (e instanceof Forbidden) return this.body(403, e.message);
    if (e instanceof VersionConflict) return this.body(409, e.message, { currentVersion: e.current });
    if (e instanceof HttpException) return this.fromHttp(e);
    if (isDatabaseUnavailable(e)) {
      this.logger.warn(`database unavailable: ${(e as Error).message}`);
      return this.body(503, 'the database is briefly unavailable; nothing was saved, please retry');
    }
    if (isClientError(e)) return this.body(e.statusCode, e.message);
    this.logger.error(e instanceof Error ? e.stack ?? e.message : String(e));
    return this.body(500, 'something went wrong on our side; it has been logged');
  }

  private fromHttp(e: HttpException): ErrorBody {
    const status = e.getStatus();
    const response = e.getResponse();
    const extra = typeof response === 'object' && response !== null ? (response as Partial<ErrorBody>) : {};
    const message = typeof extra.message === 'string' ? extra.message : Array.isArray(extra.message) ? (extra.message as string[]).join('; ') : e.message;
    return this.body(status, message, { fields: extra.fields, currentVersion: extra.currentVersion, rule: extra.rule });
  }

  private body(statusCode: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
    const clean = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined));
    return { statusCode, error: REASON[statusCode] ?? HttpStatus[statusCode] ?? 'Error', message, ...clean };
  }
}

/** Fastify's own 4xx errors (malformed JSON, body too large, wrong content type) carry statusCode. */
function isClientError(e: unknown): e is { statusCode: number; message: string } {
  const code = (e as { statusCode?: unknown })?.statusCode;
  return typeof code === 'number' && code >= 400 && code < 500;
}

function isPortalRoute(request: RequestLike): boolean {
  const path = request.url.split('?')[0];
  return request.method === 'GET' && !path.startsWith('/api') && !path.startsWith('/socket.io') && !/\.[a-z0-9]+$/i.test(path);
}

// Lost or refused connections (admin shutdown 57P01, connection exceptions 08xxx, pool errors): the
// transaction did not commit, so the client may safely retry.
function isDatabaseUnavailable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  // TypeORM's own names for a transaction whose connection died under it.
  if (e.name === 'QueryRunnerAlreadyReleasedError' || e.name === 'QueryRunnerProviderAlreadyReleasedError') return true;
  const code = (e as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ?? (e as { code?: unknown }).code;
  if (typeof code === 'string' && (code === '57P01' || code === '57P02' || code === '57P03' || code.startsWith('08'))) return true;
  return /Connection terminated|connection timeout|ECONNREFUSED|ECONNRESET|Client has encountered a connection error|terminating connection|not queryable|Query read timeout/i.test(e.message);
}
