import { PermissionTable } from './rule-helpers';

export const CONSULAR_PERMISSIONS = {
  'consular.request.raise': { roles: ['consular_officer'], organisationKinds: ['state'] },
  'consular.case.read': { roles: ['consular_officer'], organisationKinds: ['state'], resourceCheck: 'the caller’s State is a party to the case' },
} as const satisfies PermissionTable;
