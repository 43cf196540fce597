import { PermissionTable } from './rule-helpers';

export const FOLLOW_UP_PERMISSIONS = {
  'recommendation.issue': { roles: ['secretariat_officer'], organisationKinds: ['secretariat'] },
} as const satisfies PermissionTable;
