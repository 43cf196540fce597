/** Words of the shared presentational components, in one place for translation. */
export const PORTAL_UI_STRINGS = {
  live: { connecting: 'Connecting to live updates…', live: 'Live: updates appear as they happen', offline: 'Offline: reconnecting…' } as Partial<Record<string, string>>,
  retry: 'Try again',
  pager: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    position: (page: number, pages: number, total: number) => `Page ${page} of ${pages} · ${total} in all`,
  },
  chart: {
    showTable: 'Show as a table',
    noValue: 'no data',
    item: 'Item',
    value: 'Value',
  },
  percent: (n: number) => `${n}%`,
  ofTarget: (done: number | string, target: number | string) => `${done} of ${target}`,
};
