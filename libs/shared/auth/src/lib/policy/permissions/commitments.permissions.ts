import { PermissionTable, STAKEHOLDERS } from './rule-helpers';

export const COMMITMENT_PERMISSIONS = {
  'commitment.log': { roles: ['focal_point'], organisationKinds: STAKEHOLDERS },
  'commitment.report': { roles: ['focal_point'], organisationKinds: STAKEHOLDERS, resourceCheck: 'the caller’s organisation owns the commitment' },
  'commitment.status': { roles: ['focal_point'], organisationKinds: STAKEHOLDERS, resourceCheck: 'the caller’s organisation owns the commitment' },
  'commitment.co-owners': { roles: ['focal_point'], organisationKinds: STAKEHOLDERS, resourceCheck: 'the caller’s organisation owns the commitment' },
} as const satisfies PermissionTable;
