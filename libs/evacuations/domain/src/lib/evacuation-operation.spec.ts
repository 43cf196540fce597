import { BusinessRuleViolation, ManualClock } from '@accord/shared/kernel';
import { EvacuationOperation } from './evacuation-operation.aggregate';

describe('an evacuation operation', () => {
  const clock = new ManualClock(new Date('2011-03-01T00:00:00Z'));
  const open = (kind = 'agency') =>
    EvacuationOperation.open('op-1', { organisationId: 'agency-iom', kind }, { alertId: 'a-1', country: 'LY', name: 'Libya 2011', targets: [{ nationality: 'BD', count: 36713 }] }, clock);

  it('is opened by an agency with targets by nationality', () => {
    expect(open().pendingEvents()[0]).toMatchObject({ type: 'EvacuationOperationOpened', data: { targets: [{ nationality: 'BD', count: 36713 }] } });
    expect(() => open('state')).toThrow(BusinessRuleViolation);
  });

  it('adds up movements and shows progress against the target', () => {
    const op = open();
    op.reportMovement({ organisationId: 'state-bd', kind: 'state' }, 'BD', 'evacuated', 20000);
    op.reportMovement({ organisationId: 'agency-iom', kind: 'agency' }, 'BD', 'returned', 15000);
    expect(op.snapshot.totals['BD']).toEqual({ evacuated: 20000, in_transit: 0, returned: 15000, reintegration_support: 0 });
    expect(op.progress()['BD']).toBeCloseTo(20000 / 36713);
    expect(() => op.reportMovement({ organisationId: 'cso-mfa', kind: 'cso' }, 'BD', 'evacuated', 1)).toThrow(BusinessRuleViolation);
    expect(() => op.reportMovement({ organisationId: 'state-bd', kind: 'state' }, 'BD', 'evacuated', 0)).toThrow(BusinessRuleViolation);
  });
});
