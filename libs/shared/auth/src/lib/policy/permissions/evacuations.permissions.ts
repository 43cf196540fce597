import { PermissionTable } from './rule-helpers';

export const EVACUATIONS_PERMISSIONS = {} as const satisfies PermissionTable;
