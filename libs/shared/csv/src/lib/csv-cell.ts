export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

// OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Lists are joined with "; " so one commitment stays one row. */
export const LIST_SEPARATOR = '; ';

/**
 * One RFC 4180 field: text that a spreadsheet would take for a formula gets a leading apostrophe
 * (shown as text, not run), and any field with a quote, comma, line break or edge space is quoted.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value as string);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
