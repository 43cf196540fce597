import { PermissionTable } from './rule-helpers';

export const EVACUATIONS_PERMISSIONS = {
  'evacuation.operation.open': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'] },
  'evacuation.movement.report': { roles: ['crisis_cell_officer', 'consular_officer'], organisationKinds: ['state', 'agency'], resourceCheck: 'the operation exists and is open' },
  'capacity.offer': { roles: ['crisis_cell_officer', 'consular_officer'], organisationKinds: ['state', 'agency'] },
  'capacity.request': { roles: ['crisis_cell_officer', 'consular_officer'], organisationKinds: ['state', 'agency'] },
  'capacity.match': { roles: ['crisis_cell_officer'], organisationKinds: ['agency'], resourceCheck: 'the offer and request belong to the operation, share the route and date, and have the seats' },
  'capacity.match.answer': { roles: ['crisis_cell_officer', 'consular_officer'], organisationKinds: ['state', 'agency'], resourceCheck: 'the caller’s organisation offered or requested the matched capacity' },
  'capacity.read': { roles: ['crisis_cell_officer', 'consular_officer', 'focal_point', 'viewer'], organisationKinds: ['state', 'agency'], resourceCheck: 'counts only; States and agencies' },
} as const satisfies PermissionTable;
