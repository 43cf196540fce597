import { PermissionRule } from '../permission-rule';

export const STAKEHOLDERS = ['state', 'city', 'cso', 'agency'] as const;
export const ADMIN: PermissionRule = { roles: ['admin'], organisationKinds: ['platform'] };

/** A context's table of permissions, kept literal so `Permission` stays a union of names. */
export type PermissionTable = Record<string, PermissionRule>;
