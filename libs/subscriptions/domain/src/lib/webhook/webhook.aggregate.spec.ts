import { ManualClock } from '@accord/shared/kernel';
import { Webhook } from './webhook.aggregate';

describe('Webhook', () => {
  const clock = new ManualClock(new Date('2026-12-01T09:00:00Z'));
  const filter = { streams: ['accord.commitments.commitment'], eventTypes: [], targets: [] };

  it('registering records WebhookRegistered with ids and counts only (no URL, no secret)', () => {
    const hook = Webhook.register('0f8fad5b-d9cb-469f-a165-70867728950e', 'state-bd', 'https://tracker.example.org/h', filter, clock);
    expect(hook.pendingEvents()).toEqual([
      { type: 'WebhookRegistered', data: { webhookId: hook.id, organisationId: 'state-bd', streams: filter.streams, eventTypes: [], targetCount: 0, registeredAt: '2026-12-01T09:00:00.000Z' } },
    ]);
  });

  it('only the owner may pause it (others get NotFound); pausing twice records once', () => {
    const hook = Webhook.restore('0f8fad5b-d9cb-469f-a165-70867728950e', 1, { organisationId: 'state-bd', url: 'https://x.org', filter, active: true }, clock);
    expect(() => hook.setActive('state-ca', false)).toThrow(expect.objectContaining({ name: 'NotFound' }) as Error);
    hook.setActive('state-bd', false);
    hook.setActive('state-bd', false);
    expect(hook.pendingEvents().map((e) => e.type)).toEqual(['WebhookStatusChanged']);
    expect(hook.snapshot.active).toBe(false);
  });

  it('only the owner may rotate its secret, paused or not; the event says when, never the secret', () => {
    const hook = Webhook.restore('0f8fad5b-d9cb-469f-a165-70867728950e', 2, { organisationId: 'state-bd', url: 'https://x.org', filter, active: false }, clock);
    expect(() => hook.rotateSecret('state-ca')).toThrow(expect.objectContaining({ name: 'NotFound' }) as Error);
    hook.rotateSecret('state-bd');
    expect(hook.pendingEvents()).toEqual([{ type: 'WebhookSecretRotated', data: { webhookId: hook.id, organisationId: 'state-bd', rotatedAt: '2026-12-01T09:00:00.000Z' } }]);
    expect(hook.version).toBe(3);
  });
});
