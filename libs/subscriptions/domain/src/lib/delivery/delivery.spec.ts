import { backoffDelayMs } from './backoff';
import { targetsOfEvent } from './event-targets';
import { signWebhookBody, verifyWebhookSignature } from './webhook-signature';

describe('backoffDelayMs', () => {
  const policy = { baseMs: 1000, maxMs: 60_000 };
  it('doubles per failed attempt, between half and all of the exponential delay, capped', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelayMs(30, policy, () => 1)).toBe(60_000);
  });
});

describe('webhook signatures', () => {
  const body = JSON.stringify({ id: 'e1', type: 'CommitmentLogged' });
  it('signs "<t>.<body>" with HMAC-SHA256 and verifies it', () => {
    const header = signWebhookBody('whsec_test', 1_765_000_000, body);
    expect(header).toMatch(/^t=1765000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature('whsec_test', header, body, 1_765_000_010)).toBe(true);
  });
  it('refuses another secret, a changed body and an old timestamp', () => {
    const header = signWebhookBody('whsec_test', 1_765_000_000, body);
    expect(verifyWebhookSignature('whsec_other', header, body, 1_765_000_000)).toBe(false);
    expect(verifyWebhookSignature('whsec_test', header, body + ' ', 1_765_000_000)).toBe(false);
    expect(verifyWebhookSignature('whsec_test', header, body, 1_765_001_000)).toBe(false);
  });
});

describe('targetsOfEvent', () => {
  it('reads commitments, recommendations and organisations from the ids a public event carries', () => {
    const payload = { localActionId: 'la', city: { organisationId: 'city-naga' }, commitmentIds: ['c1', 'c2'], recommendationIds: ['r1'] };
    expect(targetsOfEvent(payload)).toEqual([
      { kind: 'commitment', id: 'c1' },
      { kind: 'commitment', id: 'c2' },
      { kind: 'recommendation', id: 'r1' },
      { kind: 'organisation', id: 'city-naga' },
    ]);
    expect(targetsOfEvent({ recommendationId: 'r1', addresseeIds: ['state-bd', 'state-my'], secretariatId: 'sec-bali' })).toHaveLength(4);
    expect(targetsOfEvent(null)).toEqual([]);
  });
});
