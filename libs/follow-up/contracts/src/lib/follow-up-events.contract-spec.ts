import { EventRegistry, newEnvelope } from '@accord/shared/contracts';
import { FOLLOW_UP_EVENT_SCHEMAS } from './follow-up-event-schemas';
import { RECOMMENDATION_STREAM } from './follow-up-streams';

describe('follow-up contracts', () => {
  it('keeps the event schemas stable', () => {
    expect(FOLLOW_UP_EVENT_SCHEMAS).toMatchSnapshot();
  });

  const registry = new EventRegistry(FOLLOW_UP_EVENT_SCHEMAS);
  const id = '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11';
  const env = (type: string, payload: Record<string, unknown>) => newEnvelope({ type, version: 1, stream: RECOMMENDATION_STREAM, aggregateId: id, aggregateVersion: 2, payload });
  const responded = { recommendationId: id, addresseeId: 'state-bd', response: 'supports', reason: 'cabinet approved', revision: 1, respondedAt: '2026-11-28T10:00:00.000Z' };
  const overdue = { recommendationId: id, addresseeId: 'state-bd', dueDate: '2026-12-31', periodIndex: 0, daysOverdue: 1, raisedAt: '2027-01-01T00:00:00.000Z' };

  it('accepts valid payloads', () => {
    expect(() => registry.validate(env('RecommendationResponded', responded))).not.toThrow();
    expect(() => registry.validate(env('FollowUpOverdue', overdue))).not.toThrow();
  });

  it.each([
    ['RecommendationResponded', { ...responded, response: 'maybe' }],
    ['RecommendationResponded', { ...responded, reason: '' }],
    ['FollowUpOverdue', { ...overdue, periodIndex: -1 }],
    ['FollowUpOverdue', { ...overdue, addresseeEmail: 'someone@example.org' }],
  ])('rejects a bad %s', (type, payload) => {
    expect(() => registry.validate(env(type, payload))).toThrow(new RegExp(`invalid ${type} event`));
  });
});
