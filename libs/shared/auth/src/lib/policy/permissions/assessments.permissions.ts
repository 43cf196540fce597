import { PermissionTable, STAKEHOLDERS } from './rule-helpers';

export const ASSESSMENTS_PERMISSIONS = {
  'assessment.publish': { roles: ['focal_point'], organisationKinds: ['cso'], resourceCheck: 'the assessed commitment exists' },
  'assessment.reply': { roles: ['focal_point'], organisationKinds: STAKEHOLDERS, resourceCheck: 'the caller’s organisation owns the assessed commitment; one reply per assessment' },
} as const satisfies PermissionTable;
