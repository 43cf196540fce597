import { PermissionRule } from './permission-rule';

const STAKEHOLDERS = ['state', 'city', 'cso', 'agency'];
const ADMIN: PermissionRule = { roles: ['admin'], organisationKinds: ['platform'] };

/**
 * Every named permission of Accord. An endpoint names one with @Permit(name); the guard refuses (403)
 * anyone its rule does not cover. Owner and party checks stay in the aggregates (`resourceCheck` says which).
 * Keep docs/security.md in step with this table.
 */
export const PERMISSIONS = {
  'commitment.log': { roles: ['focal_point'], organisationKinds: STAKEHOLDERS },
  'commitment.report': { roles: ['focal_point'], organisationKinds: STAKEHOLDERS, resourceCheck: 'the caller’s organisation owns the commitment' },
  'commitment.status': { roles: ['focal_point'], organisationKinds: STAKEHOLDERS, resourceCheck: 'the caller’s organisation owns the commitment' },
  'local-action.report': { roles: ['focal_point'] },
  'local-action.update': { roles: ['focal_point'], resourceCheck: 'the caller’s organisation owns the local action' },
  'recommendation.issue': { roles: ['secretariat_officer'], organisationKinds: ['secretariat'] },
  'crisis.alert.raise': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'] },
  'crisis.alert.update': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'], resourceCheck: 'the caller’s organisation raised the alert' },
  'crisis.alert.close': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'], resourceCheck: 'the caller’s organisation raised the alert' },
  'crisis.presence.report': { roles: ['crisis_cell_officer', 'consular_officer'], organisationKinds: ['state'], resourceCheck: 'the alert is open' },
  'consular.request.raise': { roles: ['consular_officer'], organisationKinds: ['state'] },
  'consular.case.read': { roles: ['consular_officer'], organisationKinds: ['state'], resourceCheck: 'the caller’s State is a party to the case' },
  'auth.me': { roles: [] },
  'admin.organisations.list': ADMIN,
  'admin.organisations.create': ADMIN,
  'admin.people.list': ADMIN,
  'admin.people.create': ADMIN,
  'admin.people.disable': ADMIN,
  'admin.people.roles': ADMIN,
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(name: string): name is Permission {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, name);
}
