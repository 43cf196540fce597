import { InvalidInput } from '@accord/shared/kernel';

/** The deployment's administrators sit in a `platform` organisation and nowhere else; nobody else sits there. */
export function checkRolesFitOrganisation(roles: readonly string[], organisationKind: string): void {
  const admin = roles.includes('admin');
  if (admin && organisationKind !== 'platform') throw new InvalidInput('roles', 'the admin role is only for people of the platform organisation');
  if (!admin && organisationKind === 'platform') throw new InvalidInput('roles', 'people of the platform organisation hold the admin role');
}
