import { EventRegistry, newEnvelope } from '@accord/shared/contracts';
import { CRISIS_EVENT_SCHEMAS } from './crisis-event-schemas';
import { PRESENCE_REPORT_STREAM } from './crisis-streams';

// The published language of the crisis context: a change here breaks consumers in other services.
describe('crisis contracts', () => {
  it('keeps the event schemas stable', () => {
    expect(CRISIS_EVENT_SCHEMAS).toMatchSnapshot();
  });

  const registry = new EventRegistry(CRISIS_EVENT_SCHEMAS);
  const presence = (payload: Record<string, unknown>) =>
    newEnvelope({ type: 'NationalsPresenceReported', version: 1, stream: PRESENCE_REPORT_STREAM, aggregateId: String(payload['reportId']), aggregateVersion: 1, payload });
  const valid = {
    reportId: '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11', alertId: '8b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11', country: 'LY', stateOrganisationId: 'state-bd',
    places: [{ place: 'Benghazi', count: 12000 }], total: 12000, needs: ['evacuation'], reportedAt: '2011-02-24T10:00:00.000Z',
  };

  it('accepts counts by place', () => {
    expect(() => registry.validate(presence(valid))).not.toThrow();
  });

  it.each([
    ['a name in a place entry', { ...valid, places: [{ place: 'Benghazi', count: 1, name: 'Rahim Uddin' }] }],
    ['a list of people', { ...valid, people: [{ name: 'Rahim Uddin' }] }],
    ['an unknown need', { ...valid, needs: ['detention'] }],
  ])('refuses %s', (_what, payload) => {
    expect(() => registry.validate(presence(payload))).toThrow(/invalid NationalsPresenceReported event/);
  });
});
