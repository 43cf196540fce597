import { BoardFilters, matchesFilters } from './board-filters';
import { CommitmentView, Page } from './commitment.models';

export type UpsertOutcome = 'updated' | 'inserted' | 'removed' | 'ignored';

/**
 * Applies one live view to the page on screen. Stale versions are ignored (updates may arrive out of
 * order across reconnects); a new matching commitment enters page 1 at the top (the board is newest
 * first); one that stops matching leaves the page.
 */
export function upsertIntoPage(page: Page<CommitmentView>, view: CommitmentView, filters: BoardFilters): { page: Page<CommitmentView>; outcome: UpsertOutcome } {
  const index = page.items.findIndex((c) => c.id === view.id);
  const matches = matchesFilters(view, filters);
  if (index >= 0) {
    if (page.items[index].version >= view.version) return { page, outcome: 'ignored' };
    if (!matches) {
      return { page: { ...page, items: page.items.filter((c) => c.id !== view.id), total: Math.max(0, page.total - 1) }, outcome: 'removed' };
    }
    const items = page.items.slice();
    items[index] = view;
    return { page: { ...page, items }, outcome: 'updated' };
  }
  if (!matches || page.page !== 1) return { page, outcome: 'ignored' };
  const items = [view, ...page.items].slice(0, page.pageSize);
  return { page: { ...page, items, total: page.total + 1 }, outcome: 'inserted' };
}
