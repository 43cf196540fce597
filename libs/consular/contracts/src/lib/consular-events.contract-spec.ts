import { EventRegistry, newEnvelope } from '@accord/shared/contracts';
import { CONSULAR_EVENT_SCHEMAS } from './consular-event-schemas';
import { CONSULAR_REQUEST_STREAM } from './consular-streams';

// Published language of the consular context; the personal-data rule is enforced by closed schemas.
describe('consular contracts', () => {
  it('keeps the event schemas stable', () => {
    expect(CONSULAR_EVENT_SCHEMAS).toMatchSnapshot();
  });

  it('every schema is closed at every level', () => {
    const open = (node: unknown): boolean => {
      if (!node || typeof node !== 'object') return false;
      const o = node as Record<string, unknown>;
      if (o['type'] === 'object' && o['additionalProperties'] !== false) return true;
      return Object.values(o).some(open);
    };
    expect(CONSULAR_EVENT_SCHEMAS.filter((s) => open(s.schema)).map((s) => s.type)).toEqual([]);
  });

  const registry = new EventRegistry(CONSULAR_EVENT_SCHEMAS);
  const raised = (payload: Record<string, unknown>) =>
    newEnvelope({ type: 'ConsularRequestRaised', version: 1, stream: CONSULAR_REQUEST_STREAM, aggregateId: String(payload['requestId']), aggregateVersion: 1, payload });
  const valid = {
    requestId: '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11', requesterOrganisationId: 'state-ca', country: 'LY', alertId: null, nationalsCount: 2,
    services: ['evacuation_support'], caseIds: ['8b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11'], raisedAt: '2011-02-24T10:00:00.000Z',
  };

  it('accepts ids and counts', () => {
    expect(() => registry.validate(raised(valid))).not.toThrow();
  });

  it.each([
    ['a case list with names', { ...valid, cases: [{ name: 'Jane Doe', documentNumber: 'X1' }] }],
    ['a case id that is a name', { ...valid, caseIds: ['Jane Doe'] }],
  ])('refuses %s', (_what, payload) => {
    expect(() => registry.validate(raised(payload))).toThrow(/invalid ConsularRequestRaised event/);
  });
});
