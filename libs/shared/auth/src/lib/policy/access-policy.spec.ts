import { Actor } from '@accord/shared/kernel';
import { AccessPolicy } from './access-policy';
import { PermissionRule } from './permission-rule';
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
    ['consular.request.raise', ['crisis_cell_officer'], 'state', false],
    ['consular.case.read', ['consular_officer'], 'state', true],
    ['consular.case.read', ['crisis_cell_officer'], 'agency', true],
    ['consular.case.read', ['focal_point'], 'state', false],
    // names and documents: a State's crisis cell sees the request and its counts, not the case list
    ['consular.case.read', ['crisis_cell_officer'], 'state', false],
    ['consular.case.update', ['crisis_cell_officer'], 'state', false],
    ['consular.case.update', ['consular_officer'], 'state', true],
    ['consular.case.read', ['consular_officer'], 'agency', false],
    ['consular.request.read', ['crisis_cell_officer'], 'state', true],
    ['consular.case.read', ['consular_officer'], 'cso', false],
    ['assessment.publish', ['focal_point'], 'cso', true],
    ['assessment.publish', ['focal_point'], 'state', false],
    ['evacuation.operation.open', ['crisis_cell_officer'], 'agency', true],
    ['evacuation.operation.open', ['crisis_cell_officer'], 'state', false],
    ['evacuation.movement.report', ['consular_officer'], 'state', true],
    ['evacuation.movement.report', ['crisis_cell_officer'], 'agency', true],
    ['evacuation.movement.report', ['focal_point'], 'cso', false],
    ['local-action.report', ['focal_point'], 'city', true],
    ['local-action.report', ['focal_point'], 'state', false],
    ['meeting.record', ['secretariat_officer'], 'secretariat', true],
    ['recommendation.respond', ['focal_point'], 'state', true],
    ['recommendation.respond', ['viewer'], 'state', false],
    ['crisis.presence.report', ['crisis_cell_officer'], 'state', true],
    ['crisis.presence.report', ['crisis_cell_officer'], 'agency', false],
    ['crisis.alert.import-cap', ['crisis_cell_officer'], 'state', false],
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

  it('every permission names at least one role, except the signed-in-only ones, which are scoped to the caller', () => {
    const open = Object.entries(PERMISSIONS as Record<string, PermissionRule>).filter(([, r]) => r.roles.length === 0);
    expect(open.map(([name]) => name).sort()).toEqual(['auth.me', 'auth.sign-out', 'crisis.field-report.read', 'crisis.tasks.read', 'follow-up.tracker.read', 'follows.manage', 'follows.read', 'notifications.read']);
    for (const [name, rule] of open) if (name !== 'auth.me') expect(rule.resourceCheck).toMatch(/caller/);
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
