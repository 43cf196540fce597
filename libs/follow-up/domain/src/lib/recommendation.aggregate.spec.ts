import { BusinessRuleViolation, Forbidden, ManualClock } from '@accord/shared/kernel';
import { Meeting } from './meeting.aggregate';
import { overduePeriod } from './overdue-schedule';
import { Recommendation } from './recommendation.aggregate';

const DAY = 86_400_000;
const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
const bali = { organisationId: 'sec-bali-process', kind: 'secretariat' };
const meeting = () => ({ id: 'm-1', ...Meeting.record('m-1', bali, { title: 'Ad Hoc Group SOM', date: '2026-11-20', process: 'Bali Process' }, clock).snapshot });
const terms = { title: 'Cap recruitment fees', text: 'Cap fees at one month of wages.', addresseeIds: ['state-bd', 'state-my'], dueDate: '2026-12-31' };
const rule = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return e instanceof BusinessRuleViolation ? e.rule : e instanceof Forbidden ? 'Forbidden' : String(e);
  }
  return 'nothing was refused';
};
const issued = () => {
  clock.set(new Date('2026-11-28T10:00:00Z'));
  const r = Recommendation.issue('r-1', 'sec-bali-process', meeting(), terms, clock);
  r.markEventsCommitted();
  return r;
};

describe('Meeting', () => {
  it('is recorded by a secretariat only', () => {
    expect(meeting().process).toBe('Bali Process');
    expect(() => Meeting.record('m-2', { organisationId: 'state-bd', kind: 'state' }, { title: 'x', date: '2026-11-20', process: 'GFMD' }, clock)).toThrow(Forbidden);
  });
});

describe('Recommendation', () => {
  it('is issued from a meeting to named addressees with the process and due date', () => {
    const r = Recommendation.issue('r-1', 'sec-bali-process', meeting(), terms, clock);
    expect(r.pendingEvents()).toEqual([
      { type: 'RecommendationIssued', data: expect.objectContaining({ recommendationId: 'r-1', addresseeIds: ['state-bd', 'state-my'], meeting: expect.objectContaining({ process: 'Bali Process' }) }) },
    ]);
  });

  it.each([
    ['another secretariat', () => Recommendation.issue('r-1', 'sec-gfmd', meeting(), terms, clock), 'Forbidden'],
    ['no addressee', () => Recommendation.issue('r-1', 'sec-bali-process', meeting(), { ...terms, addresseeIds: [] }, clock), 'AddresseesMustBeNamed'],
    ['a past due date', () => Recommendation.issue('r-1', 'sec-bali-process', meeting(), { ...terms, dueDate: '2026-11-01' }, clock), 'DueDateMustBeInTheFuture'],
  ])('refuses %s', (_what, fn, expected) => {
    expect(rule(fn)).toBe(expected);
  });

  it('takes responses from addressees only; a change of mind is a new revision, a repeat is refused', () => {
    const r = issued();
    expect(rule(() => r.respond('state-ca', 'supports', 'x'))).toBe('Forbidden');
    r.respond('state-bd', 'notes', 'consulting ministries');
    r.respond('state-bd', 'supports', 'cabinet approved');
    expect(rule(() => r.respond('state-bd', 'supports', 'again'))).toBe('ANewResponseMustChangeTheAnswer');
    expect(r.pendingEvents().map((e) => e.data)).toEqual([
      expect.objectContaining({ addresseeId: 'state-bd', response: 'notes', revision: 1 }),
      expect.objectContaining({ addresseeId: 'state-bd', response: 'supports', revision: 2 }),
    ]);
  });

  it('records follow-up reports from addressees, on time or late', () => {
    const r = issued();
    expect(rule(() => r.reportFollowUp('state-ca', { narrative: 'x', commitmentIds: [], localActionIds: [] }))).toBe('Forbidden');
    r.reportFollowUp('state-bd', { narrative: 'Fee cap decree drafted', commitmentIds: ['c-1'], localActionIds: [] });
    clock.set(new Date('2027-01-05T00:00:00Z'));
    r.reportFollowUp('state-my', { narrative: 'late', commitmentIds: [], localActionIds: [] });
    expect(r.pendingEvents().map((e) => e.data)).toEqual([expect.objectContaining({ onTime: true }), expect.objectContaining({ onTime: false })]);
    expect(r.snapshot.followUp['state-bd']).toEqual(expect.objectContaining({ reportCount: 1, firstReportAt: '2026-11-28T10:00:00.000Z' }));
  });

  it('raises overdue once per period, only after the due date and only until the addressee reports', () => {
    const r = issued();
    expect(rule(() => r.raiseOverdue('state-bd', 0))).toBe('OverdueNeedsAMissingReport');
    clock.set(new Date('2027-01-01T08:00:00Z'));
    r.raiseOverdue('state-bd', 0);
    expect(rule(() => r.raiseOverdue('state-bd', 0))).toBe('OneReminderPerPeriod');
    r.raiseOverdue('state-bd', 1);
    r.reportFollowUp('state-bd', { narrative: 'done', commitmentIds: [], localActionIds: [] });
    expect(rule(() => r.raiseOverdue('state-bd', 2))).toBe('OverdueNeedsAMissingReport');
    expect(r.pendingEvents()[0]).toEqual({ type: 'FollowUpOverdue', data: expect.objectContaining({ addresseeId: 'state-bd', periodIndex: 0, daysOverdue: 1 }) });
  });
});

describe('overduePeriod', () => {
  const at = (iso: string) => new Date(iso);
  it('is null up to the end of the due date, then counts periods of the interval', () => {
    expect(overduePeriod('2026-12-31', at('2026-12-31T23:59:59Z'), 7)).toBeNull();
    expect(overduePeriod('2026-12-31', at('2027-01-01T00:00:00Z'), 7)).toBe(0);
    expect(overduePeriod('2026-12-31', new Date(Date.parse('2027-01-01T00:00:00Z') + 7 * DAY - 1), 7)).toBe(0);
    expect(overduePeriod('2026-12-31', new Date(Date.parse('2027-01-01T00:00:00Z') + 7 * DAY), 7)).toBe(1);
    expect(overduePeriod('2026-12-31', at('2027-03-01T00:00:00Z'), 7)).toBe(8);
  });
});
