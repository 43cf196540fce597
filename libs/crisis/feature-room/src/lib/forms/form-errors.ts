import { ApiError, apiErrorText } from '@accord/portal/data-access';
import { FieldErrors } from '@accord/crisis/data-access';

export interface SendFailure {
  fields: FieldErrors;
  /** the banner at the top of the form, naming the problems that have no field on screen */
  form: string;
}

/**
 * A failed send as the form shows it: a 400's field problems beside the fields (`placed` says which
 * field paths the form shows), anything else at the top, worded by the server.
 */
export function sendFailure(error: unknown, placed: (field: string) => boolean): SendFailure {
  if (!(error instanceof ApiError) || !error.fields.length) return { fields: {}, form: apiErrorText(error) };
  const fields = error.fieldMessages();
  const elsewhere = Object.entries(fields).filter(([field]) => !placed(field));
  const rest = elsewhere.map(([f, m]) => ` ${f}: ${m}`).join(' ·');
  return { fields, form: apiErrorText(error) + rest };
}
