import { PermissionTable } from './rule-helpers';

export const LOCAL_ACTION_PERMISSIONS = {
  'local-action.report': { roles: ['focal_point'], organisationKinds: ['city'] },
  'local-action.update': { roles: ['focal_point'], organisationKinds: ['city'], resourceCheck: 'the caller’s organisation owns the local action' },
} as const satisfies PermissionTable;
