import { ServerPage } from '@accord/portal/data-access';
import { AlertListEntry } from './crisis.models';

const matches = (a: AlertListEntry, status: string) => !status || (status === 'closed' ? a.status === 'closed' : a.status !== 'closed');

/** A live alert entry applied to the page on screen; the same page object when nothing changes. */
export function upsertAlert(page: ServerPage<AlertListEntry>, view: AlertListEntry, status: string): ServerPage<AlertListEntry> {
  const at = page.items.findIndex((a) => a.id === view.id);
  if (at >= 0) {
    if (page.items[at].version >= view.version) return page;
    if (!matches(view, status)) return { ...page, items: page.items.filter((a) => a.id !== view.id), total: page.total - 1 };
    const items = page.items.slice();
    items[at] = view;
    return { ...page, items };
  }
  if (page.page !== 1 || !matches(view, status)) return page;
  return { ...page, items: [view, ...page.items].slice(0, page.pageSize), total: page.total + 1 };
}
