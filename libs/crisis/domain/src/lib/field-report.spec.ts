import { BusinessRuleViolation, Forbidden, ManualClock } from '@accord/shared/kernel';
import { CrisisAlert } from './crisis-alert.aggregate';
import { FieldReport } from './field-report.aggregate';
import { FieldObservation } from './field-report-terms';

describe('a field report', () => {
  const clock = new ManualClock(new Date('2011-02-28T12:00:00Z'));
  const alert = () =>
    CrisisAlert.raise('alert-1', { organisationId: 'agency-iom', name: 'IOM', kind: 'agency' }, {
      country: 'LY', kind: 'conflict', severity: 'Extreme', urgency: 'Immediate', certainty: 'Observed', categories: ['Safety'],
      areas: [{ name: 'Libya', polygons: [], circles: [] }],
      infos: [{ language: 'en', event: 'Armed conflict', headline: 'Fighting in Libya', description: 'd', instruction: 'i', areaNames: [] }], sources: [],
    }, clock);
  const seen = (change: Partial<FieldObservation> = {}): FieldObservation => ({
    place: { name: 'Ras Ajdir border crossing', lat: 33.15, lon: 11.56 },
    observedAt: '2011-02-28T09:00:00Z',
    movements: [{ direction: 'departing', sex: 'male', ageBand: 'adult', count: 2400 }, { direction: 'stranded', sex: 'female', ageBand: 'child', count: 3 }],
    incidents: [{ kind: 'robbery', count: 12 }],
    needs: ['water', 'shelter', 'water'],
    note: 'Queues of several kilometres; water runs out by noon.',
    ...change,
  });
  const file = (kind = 'cso', change: Partial<FieldObservation> = {}, a = alert()) => FieldReport.file('report-1', a, { organisationId: 'cso-rmms', kind }, seen(change), clock);

  it('is filed by a civil society monitor with counts, needs and no note in the event', () => {
    const [event] = file().pendingEvents();
    expect(event).toMatchObject({ type: 'FieldReportFiled', data: { reportId: 'report-1', alertId: 'alert-1', country: 'LY', monitorOrganisationId: 'cso-rmms', needs: ['water', 'shelter'], hasNote: true } });
    expect(JSON.stringify(event.data)).not.toContain('Queues');
  });

  it.each(['state', 'agency', 'secretariat', 'city'])('is refused to a %s', (kind) => {
    expect(() => file(kind)).toThrow(Forbidden);
  });

  it('refuses negative or fractional counts and repeated groups', () => {
    expect(() => file('cso', { incidents: [{ kind: 'death', count: -1 }] })).toThrow(BusinessRuleViolation);
    expect(() => file('cso', { movements: [{ direction: 'arriving', sex: 'unknown', ageBand: 'unknown', count: 1.5 }] })).toThrow(BusinessRuleViolation);
    expect(() => file('cso', { incidents: [{ kind: 'death', count: 1 }, { kind: 'death', count: 2 }] })).toThrow(BusinessRuleViolation);
    expect(file('cso', { movements: [], incidents: [{ kind: 'death', count: 0 }] }).pendingEvents()).toHaveLength(1);
  });

  it('refuses an observation in the future, a long note, and a closed alert', () => {
    expect(() => file('cso', { observedAt: '2011-03-01T12:00:00Z' })).toThrow(BusinessRuleViolation);
    expect(() => file('cso', { note: 'x'.repeat(501) })).toThrow(BusinessRuleViolation);
    const closed = alert();
    closed.close('agency-iom', 'resolved', null);
    expect(() => file('cso', {}, closed)).toThrow(BusinessRuleViolation);
  });
});
