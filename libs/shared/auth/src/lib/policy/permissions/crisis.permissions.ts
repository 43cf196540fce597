import { PermissionTable } from './rule-helpers';

export const CRISIS_PERMISSIONS = {
  'crisis.alert.raise': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'] },
  'crisis.alert.update': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'], resourceCheck: 'the caller’s organisation raised the alert' },
  'crisis.alert.close': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'], resourceCheck: 'the caller’s organisation raised the alert' },
  'crisis.alert.import-cap': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'] },
  'crisis.tasks.read': { roles: [], resourceCheck: 'open tasks of the caller’s organisation only' },
  'crisis.presence.report': { roles: ['crisis_cell_officer', 'consular_officer'], organisationKinds: ['state'], resourceCheck: 'the alert is open' },
  'crisis.field-report.file': { roles: ['focal_point'], organisationKinds: ['cso'], resourceCheck: 'the alert is open' },
  'crisis.field-report.read': { roles: [], resourceCheck: 'the caller’s organisation is in the alert’s crisis room (concerned organisations, agencies, secretariats, its monitors)' },
} as const satisfies PermissionTable;
