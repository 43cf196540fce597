import { BusinessRuleViolation, Forbidden, ManualClock, NotFound } from '@accord/shared/kernel';
import { CapacityOffer } from './capacity-offer.aggregate';
import { CapacityRequest } from './capacity-request.aggregate';
import { OfferTerms, RequestToMatch, RequestTerms } from './capacity-terms';

const clock = new ManualClock(new Date('2026-12-07T01:00:00Z'));
const iom = { organisationId: 'agency-iom', kind: 'agency' };
const bd = { organisationId: 'state-bd', kind: 'state' };
const eg = { organisationId: 'state-eg', kind: 'state' };
const operationId = 'op-1';
const charter: OfferTerms = { operationId, from: 'Misrata', to: 'Benghazi', departureDate: '2026-12-10', seats: 300, mode: 'sea' };
const need: RequestTerms = { operationId, from: ' misrata ', to: 'BENGHAZI', earliestDate: '2026-12-09', latestDate: '2026-12-12', passengers: [{ nationality: 'BD', count: 250 }, { nationality: 'EG', count: 100 }] };
const toMatch = (over: Partial<RequestToMatch> = {}): RequestToMatch => ({ id: 'rq-1', operationId, organisationId: 'state-bd', from: need.from, to: need.to, earliestDate: need.earliestDate, latestDate: need.latestDate, unmatchedPassengers: 350, ...over });
const rule = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return e instanceof BusinessRuleViolation ? e.rule : e instanceof Forbidden ? 'Forbidden' : e instanceof NotFound ? 'NotFound' : String(e);
  }
  return 'nothing was refused';
};
const offered = () => {
  const o = CapacityOffer.offer('of-1', iom, charter, clock);
  o.markEventsCommitted();
  return o;
};

describe('CapacityOffer', () => {
  it('is offered by a State or an agency with whole seats on a coming date', () => {
    const o = CapacityOffer.offer('of-1', iom, charter, clock);
    expect(o.pendingEvents()).toEqual([{ type: 'CapacityOffered', data: expect.objectContaining({ offerId: 'of-1', organisationId: 'agency-iom', seats: 300, from: 'Misrata' }) }]);
    expect(rule(() => CapacityOffer.offer('x', { organisationId: 'cso-mfa', kind: 'cso' }, charter, clock))).toBe('OnlyStatesAndAgenciesExchangeCapacity');
    expect(rule(() => CapacityOffer.offer('x', eg, { ...charter, seats: 0 }, clock))).toBe('SeatsMustBePositive');
    expect(rule(() => CapacityOffer.offer('x', eg, { ...charter, seats: 2.5 }, clock))).toBe('SeatsMustBePositive');
    expect(rule(() => CapacityOffer.offer('x', eg, { ...charter, departureDate: '2026-12-06' }, clock))).toBe('DepartureMustBeAComingDate');
    expect(rule(() => CapacityOffer.offer('x', eg, { ...charter, departureDate: '2026-02-30' }, clock))).toBe('DepartureMustBeAComingDate');
  });

  it('is matched on the same route (any case) with a departure inside the request dates', () => {
    const o = offered();
    o.match('m-1', toMatch(), 200, null);
    expect(o.pendingEvents()).toEqual([{ type: 'CapacityMatched', data: expect.objectContaining({ matchId: 'm-1', requestId: 'rq-1', seats: 200, proposedBy: 'matcher', proposerOrganisationId: null }) }]);
    expect(o.freeSeats).toBe(100);
    expect(rule(() => o.match('m-2', toMatch({ to: 'Alexandria' }), 10, null))).toBe('RouteAndDateMustFit');
    expect(rule(() => o.match('m-2', toMatch({ operationId: 'op-2' }), 10, null))).toBe('RouteAndDateMustFit');
    expect(rule(() => o.match('m-2', toMatch({ earliestDate: '2026-12-11' }), 10, null))).toBe('RouteAndDateMustFit');
    expect(rule(() => o.match('m-2', toMatch({ latestDate: '2026-12-09' }), 10, null))).toBe('RouteAndDateMustFit');
  });

  it('never allocates more seats than offered, nor more than the request still needs', () => {
    const o = offered();
    o.match('m-1', toMatch(), 250, null);
    expect(rule(() => o.match('m-2', toMatch({ id: 'rq-2', unmatchedPassengers: 100 }), 51, null))).toBe('SeatsMustNotBeOverAllocated');
    expect(rule(() => o.match('m-2', toMatch({ id: 'rq-2', unmatchedPassengers: 20 }), 30, null))).toBe('MatchMustNotExceedTheRequest');
    expect(rule(() => o.match('m-2', toMatch({ id: 'rq-2' }), 0, null))).toBe('SeatsMustBePositive');
    o.match('m-2', toMatch({ id: 'rq-2', unmatchedPassengers: 100 }), 50, null);
    expect(o.freeSeats).toBe(0);
  });

  it('is matched by hand by agencies only', () => {
    const o = offered();
    expect(rule(() => o.match('m-1', toMatch(), 10, bd))).toBe('Forbidden');
    o.match('m-1', toMatch(), 10, iom);
    expect(o.snapshot.matches['m-1']).toEqual(expect.objectContaining({ proposedBy: 'agency', proposerOrganisationId: 'agency-iom' }));
  });

  it('is confirmed by both parties, once each; others may not answer', () => {
    const o = offered();
    o.match('m-1', toMatch(), 100, null);
    expect(rule(() => o.confirm('m-1', 'state-eg'))).toBe('Forbidden');
    o.confirm('m-1', 'state-bd');
    expect(o.snapshot.matches['m-1'].status).toBe('proposed');
    expect(rule(() => o.confirm('m-1', 'state-bd'))).toBe('MatchMustBePending');
    o.confirm('m-1', 'agency-iom');
    expect(o.pendingEvents().at(-1)).toEqual({ type: 'CapacityMatchConfirmed', data: expect.objectContaining({ organisationId: 'agency-iom', fullyConfirmed: true }) });
    expect(o.snapshot.matches['m-1'].status).toBe('confirmed');
    expect(rule(() => o.decline('m-1', 'state-bd'))).toBe('MatchMustBePending');
    expect(rule(() => o.confirm('m-9', 'state-bd'))).toBe('NotFound');
  });

  it('frees the seats of a declined match', () => {
    const o = offered();
    o.match('m-1', toMatch(), 300, null);
    expect(o.freeSeats).toBe(0);
    o.decline('m-1', 'state-bd');
    expect(o.pendingEvents().at(-1)).toEqual({ type: 'CapacityMatchDeclined', data: expect.objectContaining({ seatsReleased: 300 }) });
    expect(o.freeSeats).toBe(300);
    expect(rule(() => o.confirm('m-1', 'agency-iom'))).toBe('MatchMustBePending');
  });
});

describe('CapacityRequest', () => {
  it('counts passengers by nationality only, within coming dates', () => {
    const r = CapacityRequest.request('rq-1', bd, need, clock);
    expect(r.passengerCount).toBe(350);
    expect(r.pendingEvents()).toEqual([{ type: 'CapacityRequested', data: expect.objectContaining({ requestId: 'rq-1', passengerCount: 350, passengers: need.passengers }) }]);
    expect(rule(() => CapacityRequest.request('x', { organisationId: 'city-naga', kind: 'city' }, need, clock))).toBe('OnlyStatesAndAgenciesExchangeCapacity');
    expect(rule(() => CapacityRequest.request('x', bd, { ...need, earliestDate: '2026-12-13' }, clock))).toBe('RequestWindowMustBeComing');
    expect(rule(() => CapacityRequest.request('x', bd, { ...need, earliestDate: '2026-11-01', latestDate: '2026-11-30' }, clock))).toBe('RequestWindowMustBeComing');
    expect(rule(() => CapacityRequest.request('x', bd, { ...need, passengers: [] }, clock))).toBe('PassengerCountsMustBeWhole');
    expect(rule(() => CapacityRequest.request('x', bd, { ...need, passengers: [{ nationality: 'BD', count: 1 }, { nationality: 'BD', count: 2 }] }, clock))).toBe('PassengerCountsMustBeWhole');
    expect(rule(() => CapacityRequest.request('x', bd, { ...need, passengers: [{ nationality: 'BD', count: 0 }] }, clock))).toBe('PassengerCountsMustBeWhole');
  });
});
