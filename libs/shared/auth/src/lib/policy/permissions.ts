import { ASSESSMENTS_PERMISSIONS } from './permissions/assessments.permissions';
import { COMMITMENT_PERMISSIONS } from './permissions/commitments.permissions';
import { CONSULAR_PERMISSIONS } from './permissions/consular.permissions';
import { CRISIS_PERMISSIONS } from './permissions/crisis.permissions';
import { EVACUATIONS_PERMISSIONS } from './permissions/evacuations.permissions';
import { FOLLOW_UP_PERMISSIONS } from './permissions/follow-up.permissions';
import { IDENTITY_PERMISSIONS } from './permissions/identity.permissions';
import { LOCAL_ACTION_PERMISSIONS } from './permissions/local-actions.permissions';
import { SUBSCRIPTIONS_PERMISSIONS } from './permissions/subscriptions.permissions';

/**
 * Every named permission of Accord, one table per context (permissions/*.permissions.ts). An endpoint
 * names one with @Permit(name); the guard refuses (403) anyone its rule does not cover. Owner and party
 * checks stay in the aggregates (`resourceCheck` says which). Keep docs/security.md in step.
 */
export const PERMISSIONS = {
  ...COMMITMENT_PERMISSIONS,
  ...LOCAL_ACTION_PERMISSIONS,
  ...FOLLOW_UP_PERMISSIONS,
  ...ASSESSMENTS_PERMISSIONS,
  ...CRISIS_PERMISSIONS,
  ...CONSULAR_PERMISSIONS,
  ...EVACUATIONS_PERMISSIONS,
  ...IDENTITY_PERMISSIONS,
  ...SUBSCRIPTIONS_PERMISSIONS,
} as const;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(name: string): name is Permission {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, name);
}
