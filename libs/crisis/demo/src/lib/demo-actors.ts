import { Actor } from '@accord/shared/kernel';

const ORGS: Record<string, { name: string; kind: string; country: string | null }> = {
  'agency-iom': { name: 'IOM', kind: 'agency', country: null },
  'state-bd': { name: 'Bangladesh', kind: 'state', country: 'BD' },
  'state-ph': { name: 'Philippines', kind: 'state', country: 'PH' },
  'state-ca': { name: 'Canada', kind: 'state', country: 'CA' },
  'state-au': { name: 'Australia', kind: 'state', country: 'AU' },
  'state-eg': { name: 'Egypt', kind: 'state', country: 'EG' },
  'cso-rmms': { name: 'Regional Mixed Migration Secretariat (4mi)', kind: 'cso', country: 'KE' },
  'cso-mfa': { name: 'Migrant Forum in Asia', kind: 'cso', country: 'PH' },
};

export function demoActor(organisationId: string, role: string): Actor {
  return { personId: `seed:${organisationId}`, organisationId, roles: [role], organisation: { id: organisationId, ...ORGS[organisationId] } };
}

export const demoContext = (organisationId: string, role: string) => ({ actor: demoActor(organisationId, role), correlationId: 'demo-crisis' });
