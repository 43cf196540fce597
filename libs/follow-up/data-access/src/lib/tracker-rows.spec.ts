import { mergeRows, rowState } from './tracker-rows';
import { TrackerRow } from './follow-up.models';

const row = (o: Partial<TrackerRow> = {}): TrackerRow => ({
  recommendationId: 'r1', title: 'Cap fees', process: 'Bali Process', secretariatId: 'sec-bali', meetingTitle: 'SOM', dueDate: '2027-01-01',
  addresseeId: 'state-bd', response: null, responseReason: null, respondedAt: null, lastReportAt: null, reportCount: 0, reportedOnTime: null,
  overdueDays: 0, reminders: 0, ...o,
});
const page = (items: TrackerRow[], p = 1) => ({ items, total: items.length, page: p, pageSize: 2 });

describe('tracker rows', () => {
  it('derives the follow-up state', () => {
    expect(rowState(row())).toBe('awaiting_response');
    expect(rowState(row({ overdueDays: 3 }))).toBe('overdue');
    expect(rowState(row({ overdueDays: 3, reportCount: 1 }))).toBe('reported');
  });

  it('replaces a known row and inserts a new matching one on page 1', () => {
    const r = mergeRows(page([row()]), [row({ response: 'supports' }), row({ addresseeId: 'state-my' })], {});
    expect(r.page.items.map((x) => [x.addresseeId, x.response])).toEqual([['state-my', null], ['state-bd', 'supports']]);
    expect(r.page.total).toBe(2);
    expect(r.changed).toHaveLength(2);
  });

  it('leaves later pages and filtered-out rows alone', () => {
    expect(mergeRows(page([], 2), [row()], {}).changed).toEqual([]);
    expect(mergeRows(page([]), [row()], { state: 'reported' }).changed).toEqual([]);
  });
});
