import { ADMIN, PermissionTable } from './rule-helpers';

export const IDENTITY_PERMISSIONS = {
  'auth.me': { roles: [] },
  'auth.sign-out': { roles: [], resourceCheck: 'ends the caller’s own sessions only' },
  'admin.organisations.list': ADMIN,
  'admin.organisations.create': ADMIN,
  'admin.people.list': ADMIN,
  'admin.people.create': ADMIN,
  'admin.people.disable': ADMIN,
  'admin.people.roles': ADMIN,
} as const satisfies PermissionTable;
