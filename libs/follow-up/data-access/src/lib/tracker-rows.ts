import { ServerPage } from '@accord/portal/data-access';
import { TrackerFilters, TrackerRow, TrackerState } from './follow-up.models';

export const rowKey = (r: Pick<TrackerRow, 'recommendationId' | 'addresseeId'>): string => `${r.recommendationId}|${r.addresseeId}`;

/** The follow-up state a row is in, as the tracker's `state` filter names it. */
export function rowState(r: TrackerRow): TrackerState {
  if (r.reportCount > 0) return 'reported';
  return r.overdueDays > 0 ? 'overdue' : 'awaiting_response';
}

export function rowMatches(r: TrackerRow, f: Partial<TrackerFilters>): boolean {
  if (f.process && r.process !== f.process) return false;
  if (f.addresseeId && r.addresseeId !== f.addresseeId) return false;
  if (f.recommendationId && r.recommendationId !== f.recommendationId) return false;
  return !f.state || rowState(r) === f.state;
}

/**
 * Applies live rows to the page on screen: known rows are replaced in place; new matching rows enter
 * page 1 at the top. Returns how many rows changed so the page can announce it.
 */
export function mergeRows(page: ServerPage<TrackerRow>, rows: TrackerRow[], filters: Partial<TrackerFilters>): { page: ServerPage<TrackerRow>; changed: TrackerRow[] } {
  const items = page.items.slice();
  const changed: TrackerRow[] = [];
  let added = 0;
  for (const row of rows) {
    const at = items.findIndex((r) => rowKey(r) === rowKey(row));
    if (at >= 0) {
      items[at] = row;
      changed.push(row);
    } else if (page.page === 1 && rowMatches(row, filters)) {
      items.unshift(row);
      added++;
      changed.push(row);
    }
  }
  return { page: { ...page, items: items.slice(0, page.pageSize), total: page.total + added }, changed };
}
