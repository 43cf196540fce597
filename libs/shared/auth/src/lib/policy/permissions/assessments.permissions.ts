import { PermissionTable } from './rule-helpers';

export const ASSESSMENTS_PERMISSIONS = {} as const satisfies PermissionTable;
