/** Who may exercise a permission: any of `roles`, acting for an organisation of one of `organisationKinds` (any kind when omitted). */
export interface PermissionRule {
  readonly roles: readonly string[];
  readonly organisationKinds?: readonly string[];
  /** Narrows `roles` for some kinds: e.g. a State's consular officer, but an agency's crisis cell. */
  readonly rolesByKind?: Readonly<Record<string, readonly string[]>>;
  /** What the aggregate checks on top (owner, parties); written down here so docs/security.md can list it. */
  readonly resourceCheck?: string;
}

export type PolicyDecision = { allowed: true } | { allowed: false; reason: string };
