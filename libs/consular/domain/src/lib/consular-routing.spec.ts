import { BusinessRuleViolation, Forbidden, ManualClock } from '@accord/shared/kernel';
import { AgreementTerms } from './consular-agreement.aggregate';
import { ConsularRequest, RoutingOptions } from './consular-request.aggregate';
import { eligiblePartners, RoutingQuestion } from './partner-routing';

const HOUR = 3600_000;
const caAu: AgreementTerms = { parties: ['state-ca', 'state-au'], countries: ['LY', 'LB'], services: ['emergency_documents', 'evacuation_support', 'welfare_check'], validFrom: '1986-01-01', validTo: null };
const phMy: AgreementTerms = { parties: ['state-ph', 'state-my', 'state-au'], countries: ['LY'], services: ['welfare_check'], validFrom: '2010-06-01', validTo: '2012-12-31' };
const question = (over: Partial<RoutingQuestion> = {}): RoutingQuestion => ({
  requester: 'state-ca', country: 'LY', services: ['evacuation_support'], at: new Date('2011-02-24T08:00:00Z'),
  agreements: [caAu, phMy], statesWithMission: ['state-au', 'state-my', 'state-tn'], excluded: [], ...over,
});

describe('partner routing', () => {
  it('picks a partner whose agreement covers the country and the services and which has a mission there', () => {
    expect(eligiblePartners(question())).toEqual(['state-au']);
  });

  it('ignores agreements that do not cover the country', () => {
    expect(eligiblePartners(question({ country: 'SY' }))).toEqual([]);
  });

  it('ignores partners without a mission in the country', () => {
    expect(eligiblePartners(question({ statesWithMission: ['state-tn'] }))).toEqual([]);
  });

  it('ignores agreements that do not cover every service asked for, or are not valid that day', () => {
    expect(eligiblePartners(question({ requester: 'state-ph', services: ['welfare_check'] }))).toEqual(['state-au', 'state-my']);
    expect(eligiblePartners(question({ requester: 'state-ph', services: ['evacuation_support'] }))).toEqual([]);
    expect(eligiblePartners(question({ requester: 'state-ph', services: ['welfare_check'], at: new Date('2013-01-01T00:00:00Z') }))).toEqual([]);
  });

  it('never offers an excluded organisation (already asked, or an enforcement body)', () => {
    expect(eligiblePartners(question({ excluded: ['state-au'] }))).toEqual([]);
  });
});

describe('a consular request', () => {
  const clock = new ManualClock(new Date('2011-02-24T08:00:00Z'));
  const routing = (candidates: string[]): RoutingOptions => ({ candidates, fallbackAgency: 'agency-iom', answerWindowMs: 24 * HOUR });
  const raise = (candidates: string[]) =>
    ConsularRequest.raise('r-1', { organisationId: 'state-ca', kind: 'state' }, { country: 'LY', alertId: null, nationalsCount: 3, services: ['evacuation_support'], caseIds: ['c-1', 'c-2'] }, routing(candidates), clock);
  const types = (r: ConsularRequest) => r.pendingEvents().map((e) => e.type);

  beforeEach(() => clock.set(new Date('2011-02-24T08:00:00Z')));

  it('is routed to the first eligible partner with an answer deadline', () => {
    const r = raise(['state-au', 'state-my']);
    expect(types(r)).toEqual(['ConsularRequestRaised', 'ConsularRequestRouted']);
    expect(r.snapshot.assignee).toEqual({ organisationId: 'state-au', kind: 'state' });
    expect(r.snapshot.answerDueAt).toBe('2011-02-25T08:00:00.000Z');
  });

  it('goes straight to the agency when no partner is eligible', () => {
    const r = raise([]);
    expect(types(r)).toEqual(['ConsularRequestRaised', 'ConsularRequestEscalated']);
    expect(r.snapshot.assignee).toEqual({ organisationId: 'agency-iom', kind: 'agency' });
  });

  it('on decline goes to the next partner, then to the agency, which cannot decline', () => {
    const r = raise(['state-au', 'state-my']);
    r.decline('state-au', 'no_capacity', null, routing(['state-au', 'state-my']));
    expect(r.snapshot.assignee?.organisationId).toBe('state-my');
    r.decline('state-my', 'no_access_to_area', 'road closed', routing(['state-au', 'state-my']));
    expect(r.snapshot.assignee).toEqual({ organisationId: 'agency-iom', kind: 'agency' });
    expect(types(r).slice(-2)).toEqual(['ConsularRequestDeclined', 'ConsularRequestEscalated']);
    expect(() => r.decline('agency-iom', 'no_capacity', null, routing([]))).toThrow(BusinessRuleViolation);
  });

  it('only the assignee answers', () => {
    const r = raise(['state-au']);
    expect(() => r.accept('state-my')).toThrow(Forbidden);
  });

  it('escalates on the deadline, not before: next partner, then the agency', () => {
    const r = raise(['state-au', 'state-my']);
    clock.advance(23 * HOUR);
    expect(() => r.escalateOverdue(routing(['state-au', 'state-my']))).toThrow(/still has time/);
    clock.advance(1 * HOUR);
    r.escalateOverdue(routing(['state-au', 'state-my']));
    expect(r.snapshot.assignee).toEqual({ organisationId: 'state-my', kind: 'state' });
    expect(r.pendingEvents().at(-1)?.data).toMatchObject({ fromOrganisationId: 'state-au', toOrganisationId: 'state-my', reason: 'deadline', answerDueAt: '2011-02-26T08:00:00.000Z' });
    clock.advance(24 * HOUR);
    r.escalateOverdue(routing(['state-au', 'state-my']));
    expect(r.snapshot.assignee).toEqual({ organisationId: 'agency-iom', kind: 'agency' });
    expect(r.snapshot.answerDueAt).toBeNull();
    clock.advance(100 * HOUR);
    expect(() => r.escalateOverdue(routing([]))).toThrow(BusinessRuleViolation);
  });

  it('updates cases after acceptance; events carry ids and statuses only', () => {
    const r = raise(['state-au']);
    expect(() => r.updateCase('state-au', 'c-1', 'located')).toThrow(BusinessRuleViolation);
    r.accept('state-au');
    r.updateCase('state-au', 'c-1', 'located');
    r.updateCase('state-au', 'c-1', 'evacuated');
    expect(r.snapshot.cases).toEqual([{ caseId: 'c-1', status: 'evacuated' }, { caseId: 'c-2', status: 'open' }]);
    expect(() => r.updateCase('state-au', 'c-9', 'located')).toThrow(BusinessRuleViolation);
    expect(r.isParty('state-ca') && r.isParty('state-au') && !r.isParty('state-ph')).toBe(true);
  });

  it('is purged only once the retention period after closing has passed', () => {
    const r = raise(['state-au']);
    expect(() => r.markCaseDataPurged(0)).toThrow(BusinessRuleViolation);
    r.close('state-ca', 'withdrawn');
    clock.advance(29 * 24 * HOUR);
    expect(() => r.markCaseDataPurged(30 * 24 * HOUR)).toThrow(BusinessRuleViolation);
    clock.advance(24 * HOUR);
    r.markCaseDataPurged(30 * 24 * HOUR);
    expect(r.pendingEvents().at(-1)).toMatchObject({ type: 'ConsularCaseDataPurged', data: { caseCount: 2 } });
  });
});
