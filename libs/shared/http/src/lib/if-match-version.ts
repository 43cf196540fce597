import { InvalidInput } from '@accord/shared/kernel';

/** `If-Match: 3` or `If-Match: "3"` → 3; absent → undefined. The version never travels in a body. */
export function ifMatchVersion(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const raw = (Array.isArray(header) ? header[0] : header).replace(/^W\//, '').replace(/"/g, '').trim();
  const version = Number(raw);
  if (!Number.isInteger(version) || version < 1) throw new InvalidInput('If-Match', 'If-Match must carry the version you last saw, e.g. If-Match: 3');
  return version;
}
