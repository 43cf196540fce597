import { AlertListEntry } from './crisis.models';
import { upsertAlert } from './upsert-alert';

const alert = (o: Partial<AlertListEntry> = {}): AlertListEntry => ({
  id: 'a', country: 'LY', status: 'open', kind: 'conflict', severity: 'Severe', urgency: 'Immediate', certainty: 'Observed', headline: 'h',
  languages: ['en'], issuerName: 'IOM', raisedAt: '', changedAt: '', closedAt: null, version: 1, ...o,
});
const page = (items: AlertListEntry[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

describe('upsertAlert', () => {
  it('inserts, updates newer versions and ignores stale ones', () => {
    const p1 = upsertAlert(page([]), alert(), '');
    expect(p1.total).toBe(1);
    expect(upsertAlert(p1, alert({ version: 2, severity: 'Extreme' }), '').items[0].severity).toBe('Extreme');
    expect(upsertAlert(p1, alert({ version: 1 }), '')).toBe(p1);
  });
  it('drops a closed alert from the open list', () => {
    expect(upsertAlert(page([alert()]), alert({ version: 2, status: 'closed' }), 'open').items).toEqual([]);
  });
});
