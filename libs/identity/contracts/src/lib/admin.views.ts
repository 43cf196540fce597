import { IdentityRole, OrganisationKind } from './identity-roles';

/** `GET /api/admin/organisations` item: every organisation, the platform's own included. */
export interface AdminOrganisationView {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string | null;
  enforcement: boolean;
}

/** `GET /api/admin/people` item. Never the password hash. */
export interface AdminPersonView {
  id: string;
  email: string;
  displayName: string;
  organisationId: string;
  roles: IdentityRole[];
  disabled: boolean;
  createdAt: string;
}

export interface AdminPeoplePage {
  items: AdminPersonView[];
  total: number;
  page: number;
  pageSize: number;
}
