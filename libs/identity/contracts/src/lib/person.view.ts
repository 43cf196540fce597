import { IdentityRole, OrganisationKind } from './identity-roles';

/** The signed-in person as `GET /api/auth/me` and the sign-in response describe them. */
export interface PersonView {
  id: string;
  email: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  roles: IdentityRole[];
}
