/** A calendar day (YYYY-MM-DD) or an ISO 8601 timestamp with a zone. */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** "As of 2026-05-01" means at the end of that day (UTC); "since 2026-05-01" from its start. */
export function endOf(value: string): Date {
  return value.length === 10 ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
}

export function startOf(value: string): Date {
  return value.length === 10 ? new Date(`${value}T00:00:00.000Z`) : new Date(value);
}
