import { signal } from '@angular/core';
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

/**
 * A form's send, the same in every form of the room: problems found before sending are shown and nothing
 * is sent; otherwise `send` runs, and its failure is placed beside the fields it names or at the top.
 */
export class FormSend {
  readonly errors = signal<FieldErrors>({});
  readonly formError = signal<string | null>(null);
  readonly sending = signal(false);

  constructor(private readonly placed: (field: string) => boolean) {}

  async run(found: FieldErrors, send: () => Promise<void>): Promise<void> {
    this.formError.set(null);
    this.errors.set(found);
    if (Object.keys(found).length) return;
    this.sending.set(true);
    try {
      await send();
    } catch (error) {
      const failure = sendFailure(error, this.placed);
      this.errors.set(failure.fields);
      this.formError.set(failure.form);
    } finally {
      this.sending.set(false);
    }
  }
}
