import { Actor } from '@accord/shared/kernel';
import { AccessPolicy } from './access-policy';
import { PERMISSIONS, Permission } from './permissions';

const actor = (roles: string[], kind: string, organisationId = `${kind}-x`): Actor => ({ personId: 'p', organisationId, roles, organisation: { id: organisationId, name: 'X', kind, country: null } });

describe('AccessPolicy', () => {
  const policy = new AccessPolicy();

  it.each<[Permission, string[], string, boolean]>([
    ['commitment.log', ['focal_point'], 'state', true],
    ['commitment.log', ['focal_point'], 'city', true],
    ['commitment.log', ['focal_point'], 'secretariat', false],
    ['commitment.log', ['viewer'], 'state', false],
    ['commitment.report', ['focal_point'], 'cso', true],
    ['recommendation.issue', ['secretariat_officer'], 'secretariat', true],
    ['recommendation.issue', ['secretariat_officer'], 'state', false],
    ['crisis.alert.raise', ['crisis_cell_officer'], 'agency', true],
    ['crisis.alert.raise', ['crisis_cell_officer'], 'state', false],
    ['consular.request.raise', ['consular_officer'], 'state', true],
    ['consular.request.raise', ['consular_officer'], 'agency', false],
    ['admin.people.disable', ['admin'], 'platform', true],
    ['admin.people.disable', ['admin'], 'state', false],
    ['admin.people.disable', ['focal_point'], 'platform', false],
    ['auth.me', ['viewer'], 'state', true],
  ])('%s for %j of a %s → %s', (permission, roles, kind, allowed) => {
    expect(policy.can(actor(roles, kind), permission)).toBe(allowed);
  });

  it('refuses a kind-restricted permission when the actor carries no organisation kind', () => {
    expect(policy.can({ personId: 'p', organisationId: 'state-bd', roles: ['focal_point'] }, 'commitment.log')).toBe(false);
  });

  it('every permission names at least one role, except the signed-in-only ones', () => {
    const open = Object.entries(PERMISSIONS).filter(([, r]) => r.roles.length === 0).map(([name]) => name);
    expect(open).toEqual(['auth.me']);
  });

  it('lets a socket into the public room and its own organisation room only; unknown rooms are refused', () => {
    const bd = actor(['viewer'], 'state', 'state-bd');
    expect(policy.canJoinRoom(bd, 'public')).toBe(true);
    expect(policy.canJoinRoom(bd, 'org:state-bd')).toBe(true);
    expect(policy.canJoinRoom(bd, 'org:state-my')).toBe(false);
    expect(policy.canJoinRoom(bd, 'crisis:123')).toBe(false);
    expect(policy.canJoinRoom(bd, '')).toBe(false);
    expect(policy.canJoinRoom(bd, 'org:')).toBe(false);
    expect(policy.canJoinRoom(bd, 'x'.repeat(500))).toBe(false);
  });

  it('takes room rules from contexts, once per prefix', () => {
    const p = new AccessPolicy();
    p.addRoomRule('crisis:', (a, id) => a.organisationId === 'state-bd' && id === 'a1');
    expect(p.canJoinRoom(actor(['viewer'], 'state', 'state-bd'), 'crisis:a1')).toBe(true);
    expect(p.canJoinRoom(actor(['viewer'], 'state', 'state-my'), 'crisis:a1')).toBe(false);
    expect(() => p.addRoomRule('crisis:', () => true)).toThrow(/already/);
    expect(() => p.addRoomRule('Bad', () => true)).toThrow();
  });
});
