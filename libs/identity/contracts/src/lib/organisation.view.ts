import { OrganisationKind } from './identity-roles';

/** `GET /api/organisations` item. `country` is ISO 3166-1 alpha-2, null for international bodies. */
export interface OrganisationView {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string | null;
}
