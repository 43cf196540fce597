import { BusinessRuleViolation, Forbidden, ManualClock } from '@accord/shared/kernel';
import { Commitment, CommitmentTerms } from './commitment.aggregate';

const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
const owner = { organisationId: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const terms = (over: Partial<CommitmentTerms> = {}): CommitmentTerms => ({
  title: 'Cut recruitment costs for workers going to Malaysia',
  description: 'Government-to-government recruitment (G2G) with a registration fee instead of broker fees.',
  gcmObjectives: [6],
  sdgTargets: ['10.7', '10.c'],
  indicator: 'SDG 10.7.1 recruitment cost as a share of monthly income',
  baseline: '2.6 months of income',
  targetValue: '1 month of income',
  dueDate: '2030-12-31',
  ...over,
});
const logged = () => {
  const c = Commitment.log('c-1', owner, terms(), clock);
  c.markEventsCommitted();
  return c;
};
const broken = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return e instanceof BusinessRuleViolation ? e.rule : `not a rule violation: ${String(e)}`;
  }
  return 'nothing was refused';
};

describe('Commitment', () => {
  it('is logged as pledged and records CommitmentLogged with the owner and terms', () => {
    const c = Commitment.log('c-1', owner, terms(), clock);
    expect(c.snapshot.status).toBe('pledged');
    expect(c.version).toBe(1);
    expect(c.pendingEvents()).toEqual([
      expect.objectContaining({ type: 'CommitmentLogged', data: expect.objectContaining({ commitmentId: 'c-1', owner, status: 'pledged', sdgTargets: ['10.7', '10.c'] }) }),
    ]);
  });

  it.each([
    [{ gcmObjectives: [] }, 'GcmObjectivesMustExist'],
    [{ gcmObjectives: [24] }, 'GcmObjectivesMustExist'],
    [{ gcmObjectives: [3, 3] }, 'GcmObjectivesMustExist'],
    [{ sdgTargets: ['10.77x'] }, 'SdgTargetsMustBeWellFormed'],
    [{ dueDate: '2026-11-28' }, 'DueDateMustBeInTheFuture'],
    [{ dueDate: '2027-02-30' }, 'DueDateMustBeInTheFuture'],
  ])('refuses to log %j (%s)', (over, rule) => {
    expect(broken(() => Commitment.log('c-1', owner, terms(over), clock))).toBe(rule);
  });

  it('moves a pledged commitment to in progress on its first progress report', () => {
    const c = logged();
    c.reportProgress('state-bd', { percent: 20, narrative: 'MoU signed', evidenceUrl: null, evidenceLevel: 'emerging_practice' });
    expect(c.pendingEvents().map((e) => e.type)).toEqual(['CommitmentProgressReported', 'CommitmentStatusChanged']);
    expect(c.snapshot).toEqual(expect.objectContaining({ status: 'in_progress', latestPercent: 20 }));
    expect(c.version).toBe(3);
    expect(c.persistedVersion).toBe(1);
  });

  it('refuses progress outside 0–100 and records nothing', () => {
    const c = logged();
    expect(broken(() => c.reportProgress('state-bd', { percent: 101, narrative: 'x', evidenceUrl: null, evidenceLevel: 'case_study' }))).toBe('PercentMustBeInRange');
    expect(c.pendingEvents()).toEqual([]);
  });

  it('refuses illegal transitions and names the allowed ones', () => {
    const c = logged();
    expect(() => c.changeStatus('state-bd', 'fulfilled', null)).toThrow(/allowed: in_progress, withdrawn/);
    expect(c.pendingEvents()).toEqual([]);
  });

  it('treats fulfilled and withdrawn as final', () => {
    const c = logged();
    c.changeStatus('state-bd', 'in_progress', null);
    c.changeStatus('state-bd', 'fulfilled', 'target met');
    expect(broken(() => c.changeStatus('state-bd', 'stalled', null))).toBe('StatusTransitionMustBeAllowed');
    expect(broken(() => c.reportProgress('state-bd', { percent: 100, narrative: 'x', evidenceUrl: null, evidenceLevel: 'good_practice' }))).toBe('ProgressNeedsAnOpenCommitment');
  });

  it('lets only the owning organisation report or change status', () => {
    const c = logged();
    expect(() => c.changeStatus('state-ca', 'withdrawn', null)).toThrow(Forbidden);
    expect(() => c.reportProgress('state-ca', { percent: 5, narrative: 'x', evidenceUrl: null, evidenceLevel: 'case_study' })).toThrow(Forbidden);
    expect(c.pendingEvents()).toEqual([]);
  });
});
