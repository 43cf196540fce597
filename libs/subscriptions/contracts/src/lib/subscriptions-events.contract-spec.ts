import { EventRegistry, newEnvelope } from '@accord/shared/contracts';
import { SUBSCRIPTIONS_EVENT_SCHEMAS } from './subscriptions-event-schemas';
import { FOLLOW_STREAM, WEBHOOK_STREAM } from './subscriptions-streams';

// The published language of the subscriptions context: a change here breaks consumers in other services.
describe('subscriptions contracts', () => {
  it('keeps the event schemas stable', () => {
    expect(SUBSCRIPTIONS_EVENT_SCHEMAS).toMatchSnapshot();
  });

  const registry = new EventRegistry(SUBSCRIPTIONS_EVENT_SCHEMAS);
  const followId = '7b0c1c3e-8d0f-5b52-9f57-2c1a2f0d9a11';
  const started = (payload: Record<string, unknown>) => newEnvelope({ type: 'FollowStarted', version: 1, stream: FOLLOW_STREAM, aggregateId: followId, aggregateVersion: 1, payload });
  const valid = { followId, personId: 'person-1', organisationId: 'state-bd', target: { kind: 'commitment', id: '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11' }, startedAt: '2026-12-01T09:00:00.000Z' };

  it('accepts a valid FollowStarted', () => {
    expect(() => registry.validate(started(valid))).not.toThrow();
  });

  it.each([
    ['target kind', { ...valid, target: { kind: 'board', id: 'x' } }],
    ['an unknown field', { ...valid, email: 'someone@example.org' }],
  ])('rejects a bad %s', (_what, payload) => {
    expect(() => registry.validate(started(payload))).toThrow(/invalid FollowStarted event/);
  });

  it('refuses a WebhookSecretRotated that would carry the secret', () => {
    const webhookId = '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a12';
    const rotated = (payload: Record<string, unknown>) => newEnvelope({ type: 'WebhookSecretRotated', version: 1, stream: WEBHOOK_STREAM, aggregateId: webhookId, aggregateVersion: 3, payload });
    const fine = { webhookId, organisationId: 'state-bd', rotatedAt: '2026-12-01T09:00:00.000Z' };
    expect(() => registry.validate(rotated(fine))).not.toThrow();
    expect(() => registry.validate(rotated({ ...fine, secret: 'whsec_x' }))).toThrow(/invalid WebhookSecretRotated event/);
  });
});
