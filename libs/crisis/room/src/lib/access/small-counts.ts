import { ShownCount } from '@accord/crisis/contracts/views';

const SMALLEST_SHOWN = 5;

/**
 * The one place small counts are hidden: 1–4 people in a place or a group could be identified
 * (RELIABILITY-SECURITY 22), so viewers other than the reporter and the agencies see "<5". Zero stays.
 */
export function shownCount(count: number, exact: boolean): ShownCount {
  if (exact || count === 0 || count >= SMALLEST_SHOWN) return count;
  return '<5';
}

const isSmall = (count: number) => count > 0 && count < SMALLEST_SHOWN;

/**
 * A total shown beside its parts. Once any part is hidden, total minus the shown parts would give the
 * hidden ones back (103 − 100 = 3), so the total is withheld too (secondary suppression).
 */
export function shownTotal(total: number, parts: ShownCount[], exact: boolean): ShownCount {
  const shown = shownCount(total, exact);
  if (exact || typeof shown !== 'number') return shown;
  return parts.some((p) => typeof p !== 'number') ? 'withheld' : shown;
}

/**
 * A total of which the viewer knows some parts exactly (their own requests): withheld when the
 * remainder, i.e. what other organisations contributed, is a small count.
 */
export function shownTotalBeyondKnown(total: number, known: number, exact: boolean): ShownCount {
  const shown = shownCount(total, exact);
  if (exact || typeof shown !== 'number') return shown;
  return isSmall(total - known) ? 'withheld' : shown;
}

/** A percent from two shown counts, or null when either is hidden (a percent would give it away). */
export function shownPercent(part: ShownCount, whole: ShownCount): number | null {
  if (typeof part !== 'number' || typeof whole !== 'number' || whole === 0) return null;
  return Math.round((100 * part) / whole);
}
