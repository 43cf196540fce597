const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a textual UUID, so a lookup by an id that cannot exist answers "not found" without a query. */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}
