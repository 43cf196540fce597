import { PermissionTable, STAKEHOLDERS } from './rule-helpers';

export const SUBSCRIPTIONS_PERMISSIONS = {
  'follows.read': { roles: [], resourceCheck: 'the caller’s own follows and follow notifications only' },
  'follows.manage': { roles: [], resourceCheck: 'the caller’s own follows and read marks only (person id from the token)' },
  'webhooks.manage': {
    roles: ['focal_point', 'secretariat_officer'],
    organisationKinds: [...STAKEHOLDERS, 'secretariat'],
    resourceCheck: 'webhooks of the caller’s organisation only (another organisation’s are 404)',
  },
} as const satisfies PermissionTable;
