import { SetMetadata } from '@nestjs/common';

/** Turns a route's answer into what the idempotency store keeps (and replays) for it. */
export type StoredResponse = (body: unknown) => unknown;

export const IDEMPOTENT_RESPONSE = 'accord:idempotent-response';

/**
 * For a route whose answer must not be kept as is (a secret shown once): the idempotency store keeps
 * `store(body)` instead, in the command's transaction and after it, and a repeat of the request replays
 * that. The first answer still goes out whole.
 */
export const IdempotentResponse = (store: StoredResponse): MethodDecorator => SetMetadata(IDEMPOTENT_RESPONSE, store);
