import { InvalidInput, ManualClock } from '@accord/shared/kernel';
import { Follow } from './follow.aggregate';
import { followIdOf } from './follow-target';

const commitmentId = '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11';

describe('Follow', () => {
  const clock = new ManualClock(new Date('2026-12-01T09:00:00Z'));

  it('starting records FollowStarted once; starting again records nothing (idempotent)', () => {
    const follow = Follow.of('person-1', 'state-bd', 'commitment', commitmentId, clock);
    follow.start('state-bd');
    follow.start('state-bd');
    expect(follow.pendingEvents()).toEqual([
      { type: 'FollowStarted', data: { followId: follow.id, personId: 'person-1', organisationId: 'state-bd', target: { kind: 'commitment', id: commitmentId }, startedAt: '2026-12-01T09:00:00.000Z' } },
    ]);
    expect(follow.version).toBe(1);
  });

  it('stopping a follow records FollowStopped; stopping again or stopping what was never followed records nothing', () => {
    const follow = Follow.of('person-1', 'state-bd', 'organisation', 'state-ca', clock);
    follow.stop();
    expect(follow.pendingEvents()).toEqual([]);
    follow.start('state-bd');
    follow.stop();
    follow.stop();
    expect(follow.pendingEvents().map((e) => e.type)).toEqual(['FollowStarted', 'FollowStopped']);
    expect(follow.active).toBe(false);
  });

  it('one id per person and target, so a second follow finds the first', () => {
    const a = followIdOf('person-1', { kind: 'commitment', id: commitmentId });
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(followIdOf('person-1', { kind: 'commitment', id: commitmentId })).toBe(a);
    expect(followIdOf('person-2', { kind: 'commitment', id: commitmentId })).not.toBe(a);
    expect(followIdOf('person-1', { kind: 'recommendation', id: commitmentId })).not.toBe(a);
  });

  it.each([
    ['kind', 'board', commitmentId],
    ['id', 'commitment', 'not-a-uuid'],
    ['id', 'organisation', 'State BD; DROP'],
  ])('refuses a bad %s with InvalidInput naming it', (field, kind, id) => {
    expect(() => Follow.of('person-1', 'state-bd', kind, id, clock)).toThrow(expect.objectContaining({ name: 'InvalidInput', field }) as InvalidInput);
  });
});
