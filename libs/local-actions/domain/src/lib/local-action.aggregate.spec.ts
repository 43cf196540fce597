import { BusinessRuleViolation, Forbidden, ManualClock } from '@accord/shared/kernel';
import { LocalActionDetails } from './local-action-details';
import { LocalAction } from './local-action.aggregate';

const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
const naga = { organisationId: 'city-naga', name: 'Naga City', kind: 'city', country: 'PH' };
const details = (over: Partial<LocalActionDetails> = {}): LocalActionDetails => ({
  title: 'Migrant Resource Centre opens in Naga City',
  description: 'One-stop desk for departing and returning workers and their families.',
  date: '2026-10-01',
  location: { placeName: 'Naga City', country: 'PH' },
  status: 'under_way',
  beneficiaries: 1200,
  commitmentIds: ['7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11'],
  recommendationIds: [],
  ...over,
});
const rule = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return e instanceof BusinessRuleViolation ? e.rule : `not a rule violation: ${String(e)}`;
  }
  return 'nothing was refused';
};

describe('LocalAction', () => {
  it('is reported by a city and records LocalActionReported with the city and its links', () => {
    const a = LocalAction.report('la-1', naga, details(), clock);
    expect(a.version).toBe(1);
    expect(a.pendingEvents()).toEqual([
      { type: 'LocalActionReported', data: expect.objectContaining({ localActionId: 'la-1', city: naga, beneficiaries: 1200, reportedAt: '2026-11-28T10:00:00.000Z' }) },
    ]);
  });

  it('refuses a report from an organisation that is not a city', () => {
    expect(() => LocalAction.report('la-1', { ...naga, organisationId: 'state-ph', kind: 'state' }, details(), clock)).toThrow(Forbidden);
  });

  it.each([
    [{ beneficiaries: -1 }, 'BeneficiariesMustBeACount'],
    [{ beneficiaries: 2.5 }, 'BeneficiariesMustBeACount'],
    [{ location: { placeName: 'Naga', country: 'Philippines' } }, 'LocationCountryMustBeIso'],
    [{ date: '2026-02-30' }, 'ActionDateMustBeACalendarDate'],
    [{ commitmentIds: ['a', 'a'] }, 'LinksMustNotRepeat'],
  ])('refuses %j (%s)', (over, name) => {
    expect(rule(() => LocalAction.report('la-1', naga, details(over as Partial<LocalActionDetails>), clock))).toBe(name);
  });

  it('lets only the reporting city update it, and records the whole new state', () => {
    const a = LocalAction.report('la-1', naga, details(), clock);
    a.markEventsCommitted();
    expect(() => a.update('city-vancouver', { status: 'completed' })).toThrow(Forbidden);
    a.update('city-naga', { status: 'completed', beneficiaries: 1500 });
    expect(a.pendingEvents()).toEqual([{ type: 'LocalActionUpdated', data: expect.objectContaining({ localActionId: 'la-1', status: 'completed', beneficiaries: 1500, title: details().title }) }]);
    expect(a.snapshot.city).toEqual(naga);
  });
});
