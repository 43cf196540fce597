/** Organisations of an enforcement kind (police, border, immigration enforcement): never given case data. */
export abstract class EnforcementDirectory {
  abstract isEnforcement(organisationId: string, organisationKind?: string): Promise<boolean>;
  abstract all(): Promise<string[]>;
}
