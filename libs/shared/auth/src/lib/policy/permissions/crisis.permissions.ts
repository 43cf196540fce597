import { PermissionTable } from './rule-helpers';

export const CRISIS_PERMISSIONS = {
  'crisis.alert.raise': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'] },
  'crisis.alert.update': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'], resourceCheck: 'the caller’s organisation raised the alert' },
  'crisis.alert.close': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'], resourceCheck: 'the caller’s organisation raised the alert' },
  'crisis.presence.report': { roles: ['crisis_cell_officer', 'consular_officer'], organisationKinds: ['state'], resourceCheck: 'the alert is open' },
} as const satisfies PermissionTable;
