import { BusinessRuleViolation, Forbidden, ManualClock } from '@accord/shared/kernel';
import { Commitment, CommitmentTerms } from './commitment.aggregate';

const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
const bd = { organisationId: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const my = { organisationId: 'state-my', name: 'Malaysia', kind: 'state', country: 'MY' };
const iom = { organisationId: 'agency-iom', name: 'IOM', kind: 'agency', country: null };
const terms: CommitmentTerms = {
  title: 'A fair recruitment corridor', description: 'd', gcmObjectives: [6], sdgTargets: ['10.7'],
  indicator: 'i', baseline: 'b', targetValue: 't', dueDate: '2030-12-31',
};
const joint = () => {
  const c = Commitment.log('c-1', bd, terms, clock, [my]);
  c.markEventsCommitted();
  return c;
};
const report = (percent: number) => ({ percent, narrative: 'n', evidenceUrl: null, evidenceLevel: 'emerging_practice' as const });
const ruleOf = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return e instanceof BusinessRuleViolation ? e.rule : e instanceof Forbidden ? 'Forbidden' : String(e);
  }
  return 'nothing was refused';
};

describe('Joint commitment', () => {
  it('is logged with its co-owners: CommitmentLogged then one CommitmentCoOwnerAdded each', () => {
    const c = Commitment.log('c-1', bd, terms, clock, [my, iom]);
    expect(c.pendingEvents().map((e) => e.type)).toEqual(['CommitmentLogged', 'CommitmentCoOwnerAdded', 'CommitmentCoOwnerAdded']);
    expect(c.pendingEvents()[1].data).toEqual({ commitmentId: 'c-1', coOwner: my, addedBy: 'state-bd', addedAt: '2026-11-28T10:00:00.000Z' });
    expect(c.ownerIds).toEqual(['state-bd', 'state-my', 'agency-iom']);
    expect(c.snapshot.status).toBe('pledged');
  });

  it('each owner reports its own share; the status and percent are consolidated', () => {
    const c = joint();
    c.reportProgress('state-my', report(40));
    expect(c.pendingEvents().map((e) => e.type)).toEqual(['CommitmentShareProgressReported', 'CommitmentShareStatusChanged', 'CommitmentStatusChanged']);
    expect(c.pendingEvents()[0].data).toEqual(expect.objectContaining({ organisationId: 'state-my', percent: 40, consolidatedPercent: 20 }));
    expect(c.snapshot).toEqual(expect.objectContaining({ status: 'in_progress', latestPercent: 20 }));
    expect(c.snapshot.shares).toEqual([
      { organisationId: 'state-bd', status: 'pledged', percent: null },
      { organisationId: 'state-my', status: 'in_progress', percent: 40 },
    ]);
  });

  it('is fulfilled only when every share not withdrawn is fulfilled', () => {
    const c = joint();
    c.reportProgress('state-bd', report(100));
    c.reportProgress('state-my', report(100));
    c.changeStatus('state-bd', 'fulfilled', 'done');
    expect(c.snapshot.status).toBe('in_progress');
    c.markEventsCommitted();
    c.changeStatus('state-my', 'fulfilled', 'done too');
    expect(c.pendingEvents().map((e) => e.type)).toEqual(['CommitmentShareStatusChanged', 'CommitmentStatusChanged']);
    expect(c.pendingEvents()[1].data).toEqual(expect.objectContaining({ from: 'in_progress', to: 'fulfilled' }));
  });

  it('refuses a non-owner (Forbidden, nothing recorded), a duplicate co-owner and joining a closed commitment', () => {
    const c = joint();
    expect(ruleOf(() => c.reportProgress('state-ca', report(10)))).toBe('Forbidden');
    expect(ruleOf(() => c.addCoOwner('state-ca', iom))).toBe('Forbidden');
    expect(ruleOf(() => c.addCoOwner('state-my', bd))).toBe('ACoOwnerMustBeNew');
    expect(c.pendingEvents()).toEqual([]);
    c.changeStatus('state-bd', 'withdrawn', null);
    c.changeStatus('state-my', 'withdrawn', null);
    expect(c.snapshot.status).toBe('withdrawn');
    expect(ruleOf(() => c.addCoOwner('state-bd', iom))).toBe('CoOwnersJoinAnOpenCommitment');
  });

  it('a co-owner added later (by any owner) gets a pledged share', () => {
    const c = joint();
    c.addCoOwner('state-my', iom);
    expect(c.snapshot.shares.map((s) => [s.organisationId, s.status])).toEqual([['state-bd', 'pledged'], ['state-my', 'pledged'], ['agency-iom', 'pledged']]);
  });

  it('restores a row stored before joint commitments as a single share', () => {
    const c = Commitment.restore('c-9', 3, { ...terms, owner: bd, status: 'in_progress', latestPercent: 30 }, clock);
    expect(c.snapshot.shares).toEqual([{ organisationId: 'state-bd', status: 'in_progress', percent: 30 }]);
    expect(c.isJoint).toBe(false);
  });
});
