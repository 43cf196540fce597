import { ApiError } from '@accord/portal/data-access';
import { COMMITMENT_STRINGS } from './strings';

/** The form-level message for a refused write; field problems are shown beside their fields. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 409) return COMMITMENT_STRINGS.errors['conflict'];
  if (error.status === 403) return COMMITMENT_STRINGS.errors['forbidden'];
  if (error.status === 401) return COMMITMENT_STRINGS.errors['signedOut'];
  return error.message;
}

/** Client messages are keys of COMMITMENT_STRINGS.errors; server messages pass through. */
export function fieldText(messageOrKey: string | undefined): string {
  return messageOrKey ? (COMMITMENT_STRINGS.errors[messageOrKey] ?? messageOrKey) : '';
}
