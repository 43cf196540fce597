export interface FieldProblem {
  field: string;
  message: string;
}

/** The rule of the ApiError a write is rejected with when it was kept on this device, to be sent once back online. */
export const QUEUED_OFFLINE = 'queued-offline';

/** The error body every 4xx/5xx carries (api.md, Errors), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly rule: string | null = null,
    readonly currentVersion: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field messages keyed by field name, the first message per field. */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.fields) out[f.field] ??= f.message;
    return out;
  }
}
