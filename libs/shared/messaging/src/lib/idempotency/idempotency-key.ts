/** Where a stored response belongs: one person acting for one organisation, one method and path, one key. */
export interface IdempotencyKeyId {
  readonly scope: string;
  readonly method: string;
  readonly path: string;
  readonly key: string;
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';

// A UUID fits; so does any opaque token of URL-safe characters long enough not to collide by chance.
const KEY_FORMAT = /^[A-Za-z0-9._:-]{8,128}$/;

export function isWellFormedIdempotencyKey(value: string): boolean {
  return KEY_FORMAT.test(value);
}

export const IDEMPOTENCY_KEY_RULE = 'must be 8 to 128 characters: letters, digits, ".", "_", ":" or "-" (a UUID is fine)';
