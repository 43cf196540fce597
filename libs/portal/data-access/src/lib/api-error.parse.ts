import { ApiError, FieldProblem } from './api-error';

interface ErrorBody {
  message?: unknown;
  fields?: unknown;
  rule?: unknown;
  currentVersion?: unknown;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const v = value as FieldProblem | null;
  return !!v && typeof v.field === 'string' && typeof v.message === 'string';
}

/** Turns an error response body (possibly not JSON, possibly not ours) into an ApiError. */
export function parseApiError(status: number, statusText: string, body: unknown): ApiError {
  const b = (body && typeof body === 'object' ? body : {}) as ErrorBody;
  const raw = Array.isArray(b.message) ? b.message.join('; ') : b.message;
  const message = typeof raw === 'string' && raw ? raw : statusText || `HTTP ${status}`;
  const fields = Array.isArray(b.fields) ? b.fields.filter(isFieldProblem) : [];
  const rule = typeof b.rule === 'string' ? b.rule : null;
  const currentVersion = typeof b.currentVersion === 'number' ? b.currentVersion : null;
  return new ApiError(status, message, fields, rule, currentVersion);
}
