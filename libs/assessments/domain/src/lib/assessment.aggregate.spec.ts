import { BusinessRuleViolation, Forbidden, ManualClock } from '@accord/shared/kernel';
import { AssessmentTerms } from './assessment-terms';
import { Assessment } from './assessment.aggregate';

const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
const mfa = { organisationId: 'cso-mfa', name: 'Migrant Forum in Asia', kind: 'cso' };
const g2g = { id: '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11', ownerOrganisationId: 'state-bd' };
const terms = (over: Partial<AssessmentTerms> = {}): AssessmentTerms => ({
  rating: 'some_progress',
  narrative: 'Fees fell for G2G workers but brokers still charge in the villages.',
  evidenceUrls: ['https://example.org/shadow-report'],
  contestedStatus: null,
  ...over,
});
const published = () => {
  const a = Assessment.publish('as-1', mfa, g2g, terms(), clock);
  a.markEventsCommitted();
  return a;
};

describe('Assessment', () => {
  it('is published by a CSO about another organisation\'s commitment', () => {
    const a = Assessment.publish('as-1', mfa, g2g, terms(), clock);
    expect(a.pendingEvents()).toEqual([
      { type: 'AssessmentPublished', data: expect.objectContaining({ assessmentId: 'as-1', commitmentId: g2g.id, commitmentOwnerId: 'state-bd', rating: 'some_progress', assessor: mfa }) },
    ]);
  });

  it('refuses an assessor that is not civil society, and a CSO assessing its own commitment', () => {
    expect(() => Assessment.publish('as-1', { ...mfa, kind: 'state' }, g2g, terms(), clock)).toThrow(Forbidden);
    expect(() => Assessment.publish('as-1', mfa, { ...g2g, ownerOrganisationId: 'cso-mfa' }, terms(), clock)).toThrow(/cannot assess its own commitment/);
  });

  it('needs evidence to dispute the owner\'s status', () => {
    expect(() => Assessment.publish('as-1', mfa, g2g, terms({ contestedStatus: 'stalled', evidenceUrls: [] }), clock)).toThrow(BusinessRuleViolation);
    expect(Assessment.publish('as-1', mfa, g2g, terms({ contestedStatus: 'stalled' }), clock).snapshot.contestedStatus).toBe('stalled');
  });

  it('takes one reply, from the commitment owner only', () => {
    const a = published();
    expect(() => a.reply('state-ca', 'not ours')).toThrow(Forbidden);
    a.reply('state-bd', 'Village brokers are now being registered.');
    expect(a.pendingEvents()).toEqual([{ type: 'AssessmentReplied', data: expect.objectContaining({ assessmentId: 'as-1', commitmentId: g2g.id, ownerOrganisationId: 'state-bd' }) }]);
    expect(() => a.reply('state-bd', 'again')).toThrow(BusinessRuleViolation);
  });

  it('treats the co-owners of a joint commitment as owners: they may not assess it, and may reply', () => {
    const joint = { ...g2g, coOwnerOrganisationIds: ['cso-mfa', 'agency-ilo'] };
    expect(() => Assessment.publish('as-1', mfa, joint, terms(), clock)).toThrow(/cannot assess its own commitment/);
    const a = published();
    expect(() => a.reply('agency-ilo', 'our share is on track')).toThrow(Forbidden);
    a.reply('agency-ilo', 'Our share is on track.', ['state-bd', 'agency-ilo']);
    expect(a.pendingEvents()).toEqual([{ type: 'AssessmentReplied', data: expect.objectContaining({ ownerOrganisationId: 'agency-ilo' }) }]);
  });
});
