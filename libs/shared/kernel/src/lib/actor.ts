/** The authenticated person a command or query is made for, and the one organisation they act for. */
export interface Actor {
  readonly personId: string;
  readonly organisationId: string;
  readonly roles: readonly string[];
}
