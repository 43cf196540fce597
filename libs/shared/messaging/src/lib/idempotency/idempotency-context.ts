import { AsyncLocalStorage } from 'node:async_hooks';
import { SqlStatement } from '../outbox/sql-statement';
import { StoredResponse } from './idempotent-response.decorator';
import { IdempotencyKeyId } from './idempotency-key';
import { IdempotencyStore } from './idempotency-store';

interface IdempotentRequest {
  readonly id: IdempotencyKeyId;
  /** The status the route answers with on success (@HttpCode or the method's default). */
  readonly status: number;
  /** What is kept of the answer (@IdempotentResponse), if not the answer itself. */
  readonly stored?: StoredResponse;
}

/**
 * Carries the key of the request being handled down to the TransactionalCommandBus, which marks it
 * executed in the command's own transaction: a crash after commit cannot lead to the command running twice.
 */
export class IdempotencyContext {
  private readonly current = new AsyncLocalStorage<IdempotentRequest>();

  constructor(private readonly store: IdempotencyStore) {}

  run<T>(request: IdempotentRequest, fn: () => Promise<T>): Promise<T> {
    return this.current.run(request, fn);
  }

  /** The statement marking the current request's key executed (null outside one), for the command's transaction. */
  executed(result: unknown): SqlStatement | null {
    const request = this.current.getStore();
    return request ? this.store.markExecuted(request.id, request.status, request.stored ? request.stored(result) : result) : null;
  }
}
