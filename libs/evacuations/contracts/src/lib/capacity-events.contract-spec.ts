import { EventRegistry, newEnvelope } from '@accord/shared/contracts';
import { EVACUATION_EVENT_SCHEMAS } from './evacuation-event-schemas';
import { CAPACITY_STREAM } from './evacuation-stream';

describe('capacity exchange contracts', () => {
  const registry = new EventRegistry(EVACUATION_EVENT_SCHEMAS);
  const id = '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11';
  const at = '2026-12-07T01:00:00.000Z';
  const env = (type: string, payload: Record<string, unknown>) => newEnvelope({ type, version: 1, stream: CAPACITY_STREAM, aggregateId: id, aggregateVersion: 1, payload });
  const requested = {
    requestId: id, operationId: id, organisationId: 'state-bd', from: 'Misrata', to: 'Benghazi', earliestDate: '2026-12-09', latestDate: '2026-12-12',
    passengers: [{ nationality: 'BD', count: 250 }], passengerCount: 250, requestedAt: at,
  };
  const matched = { offerId: id, matchId: id, requestId: id, operationId: id, offerOrganisationId: 'agency-iom', requestOrganisationId: 'state-bd', seats: 250, proposedBy: 'matcher', proposerOrganisationId: null, matchedAt: at };

  it('accepts the capacity events', () => {
    expect(() => registry.validate(env('CapacityOffered', { offerId: id, operationId: id, organisationId: 'agency-iom', from: 'Misrata', to: 'Benghazi', departureDate: '2026-12-10', mode: 'sea', seats: 300, offeredAt: at }))).not.toThrow();
    expect(() => registry.validate(env('CapacityRequested', requested))).not.toThrow();
    expect(() => registry.validate(env('CapacityMatched', matched))).not.toThrow();
    expect(() => registry.validate(env('CapacityMatched', { ...matched, proposedBy: 'agency', proposerOrganisationId: 'agency-iom' }))).not.toThrow();
    expect(() => registry.validate(env('CapacityMatchConfirmed', { offerId: id, matchId: id, requestId: id, organisationId: 'state-bd', fullyConfirmed: false, confirmedAt: at }))).not.toThrow();
    expect(() => registry.validate(env('CapacityMatchDeclined', { offerId: id, matchId: id, requestId: id, organisationId: 'state-bd', seatsReleased: 250, declinedAt: at }))).not.toThrow();
  });

  it.each([
    ['CapacityRequested', { ...requested, passengers: [{ nationality: 'BD', count: 2, names: ['A. Person', 'B. Person'] }] }],
    ['CapacityRequested', { ...requested, passengerList: [] }],
    ['CapacityRequested', { ...requested, passengers: [{ nationality: 'Bangladesh', count: 2 }] }],
    ['CapacityMatched', { ...matched, seats: 0 }],
    ['CapacityMatched', { ...matched, proposedBy: 'someone' }],
  ])('rejects a bad %s (never lists of people)', (type, payload) => {
    expect(() => registry.validate(env(type, payload))).toThrow(new RegExp(`invalid ${type} event`));
  });
});
