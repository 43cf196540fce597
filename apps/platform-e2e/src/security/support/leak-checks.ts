import { ApiResponse } from '../../support/api-client';

// What a stack trace or a database error looks like when it escapes into a response body.
const LEAKS = [/\n\s+at\s/, /node_modules/, /QueryFailedError/, /\b(SELECT|INSERT|UPDATE|DELETE)\b.+\b(FROM|INTO|SET)\b/i, /syntax error at or near/i, /relation "[^"]+" does not exist/i, /duplicate key value/i, /violates .* constraint/i, /\.ts:\d+/];

/** A short description of what is wrong with a response to hostile input, or null when it is fine. */
export function problemWith(res: ApiResponse): string | null {
  if (res.status >= 500) return `status ${res.status}`;
  const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
  const leak = LEAKS.find((l) => l.test(text));
  if (leak) return `body leaks ${leak}: ${text.slice(0, 200)}`;
  if (res.status >= 400 && res.headers.get('cache-control') !== 'no-store') return `error without cache-control: no-store (${res.headers.get('cache-control')})`;
  return null;
}
