import { ApiError, QUEUED_OFFLINE } from './api-error';
import { API_ERROR_STRINGS } from './strings';

/** One sentence for a failed call, for a form's or a page's error banner. */
export function apiErrorText(error: unknown): string {
  const s = API_ERROR_STRINGS;
  if (!(error instanceof ApiError)) return s.unexpected(error instanceof Error ? error.message : String(error));
  if (error.rule === QUEUED_OFFLINE) return s.queued;
  if (error.status === 0) return s.network;
  if (error.status === 401) return s.signedOut;
  if (error.status === 403) return s.forbidden;
  if (error.status === 404) return s.notFound;
  if (error.status === 409) return s.conflict;
  if (error.status === 429) return s.tooMany;
  if (error.status === 400 && error.fields.length) return s.fixFields;
  return error.message;
}
