import { EventRegistry, newEnvelope } from '@accord/shared/contracts';
import { LOCAL_ACTION_EVENT_SCHEMAS } from './local-action-event-schemas';
import { LOCAL_ACTION_STREAM } from './local-action-stream';

describe('local-actions contracts', () => {
  it('keeps the event schemas stable', () => {
    expect(LOCAL_ACTION_EVENT_SCHEMAS).toMatchSnapshot();
  });

  const registry = new EventRegistry(LOCAL_ACTION_EVENT_SCHEMAS);
  const id = '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11';
  const valid = {
    localActionId: id,
    city: { organisationId: 'city-naga', name: 'Naga City', kind: 'city', country: 'PH' },
    title: 'Migrant Resource Centre',
    description: 'One-stop desk',
    date: '2026-10-01',
    location: { placeName: 'Naga City', country: 'PH' },
    status: 'under_way',
    beneficiaries: 1200,
    commitmentIds: [id],
    recommendationIds: [],
    reportedAt: '2026-11-28T10:00:00.000Z',
  };
  const reported = (payload: Record<string, unknown>) =>
    newEnvelope({ type: 'LocalActionReported', version: 1, stream: LOCAL_ACTION_STREAM, aggregateId: id, aggregateVersion: 1, payload });

  it('accepts a valid payload', () => {
    expect(() => registry.validate(reported(valid))).not.toThrow();
  });

  it.each([
    ['status', { ...valid, status: 'done' }],
    ['beneficiaries', { ...valid, beneficiaries: -3 }],
    ['city kind', { ...valid, city: { ...valid.city, kind: 'state' } }],
    ['an unknown field (personal data must not slip in)', { ...valid, contactEmail: 'someone@example.org' }],
  ])('rejects a bad %s', (_what, payload) => {
    expect(() => registry.validate(reported(payload))).toThrow(/invalid LocalActionReported event/);
  });
});
