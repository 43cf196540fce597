/** The local calendar date as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids typed in a free text field, or null when one of them is not a UUID. */
export function parseIds(text: string): string[] | null {
  const ids = [...new Set(text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean))];
  return ids.every((id) => UUID.test(id)) ? ids : null;
}
