/** Every role a person can hold; a person acts for exactly one organisation. */
export const IDENTITY_ROLES = ['focal_point', 'crisis_cell_officer', 'consular_officer', 'secretariat_officer', 'viewer', 'admin'] as const;

export type IdentityRole = (typeof IDENTITY_ROLES)[number];

/** Stakeholder kinds, plus `platform` for the deployment's own administrators. */
export const ORGANISATION_KINDS = ['state', 'city', 'cso', 'agency', 'secretariat', 'platform'] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
