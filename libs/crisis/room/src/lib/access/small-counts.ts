import { ShownCount } from '../crisis-room-views';

const SMALLEST_SHOWN = 5;

/**
 * The one place small counts are hidden: 1–4 people in a place or a group could be identified
 * (RELIABILITY-SECURITY 22), so viewers other than the reporter and the agencies see "<5". Zero stays.
 */
export function shownCount(count: number, exact: boolean): ShownCount {
  if (exact || count === 0 || count >= SMALLEST_SHOWN) return count;
  return '<5';
}

/** A percent from two shown counts, or null when either is hidden (a percent would give it away). */
export function shownPercent(part: ShownCount, whole: ShownCount): number | null {
  if (typeof part !== 'number' || typeof whole !== 'number' || whole === 0) return null;
  return Math.round((100 * part) / whole);
}
