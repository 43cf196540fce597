import { AccessPolicy, Permission } from '@accord/shared/auth';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from '@accord/identity/infrastructure';
import { Actor } from '@accord/shared/kernel';
import { ApiClient } from '../../support/api-client';

/** Demo people the IDOR matrix signs in as, "nearly right" ones first: refusals then test the rule, not a viewer's emptiness. */
export const PERSONAS = [
  'crisis.bd', 'consular.bd', 'focal.bd', 'focal.my', 'crisis.iom', 'crisis.ilo', 'focal.mfa', 'focal.naga', 'focal.vancouver',
  'secretariat.bali', 'secretariat.gfmd', 'consular.ca', 'consular.au', 'consular.ph', 'admin', 'viewer.bd',
] as const;
export type PersonaName = (typeof PERSONAS)[number];

export interface Persona {
  name: PersonaName;
  client: ApiClient;
  actor: Actor;
}

/** The Actor the platform builds for a demo person (directory data), for asking the policy offline. */
export function demoActor(name: string): Actor {
  const person = DEMO_PEOPLE.find((p) => p.email === `${name}@accord.demo`);
  const organisation = DEMO_ORGANISATIONS.find((o) => o.id === person?.organisationId);
  if (!person || !organisation) throw new Error(`no demo person ${name}`);
  return { personId: name, organisationId: organisation.id, roles: [...person.roles], organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind, country: organisation.country } };
}

export async function signInAll(anonymous: ApiClient): Promise<Record<PersonaName, Persona>> {
  const entries = await Promise.all(PERSONAS.map(async (name) => [name, { name, client: await anonymous.signIn(`${name}@accord.demo`), actor: demoActor(name) }] as const));
  return Object.fromEntries(entries) as Record<PersonaName, Persona>;
}

/** The first persona the policy refuses this permission (null when everyone may, e.g. `auth.me`). */
export function refusedPersona(personas: Record<PersonaName, Persona>, permission: string): Persona | null {
  const policy = new AccessPolicy();
  return PERSONAS.map((n) => personas[n]).find((p) => !policy.can(p.actor, permission as Permission)) ?? null;
}
