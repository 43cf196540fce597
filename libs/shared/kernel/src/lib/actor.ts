/** The organisation a person acts for, as the token describes it (so services need no call to identity). */
export interface ActingOrganisation {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string | null;
}

/** The authenticated person a command or query is made for, and the one organisation they act for. */
export interface Actor {
  readonly personId: string;
  readonly organisationId: string;
  readonly roles: readonly string[];
  readonly organisation?: ActingOrganisation;
}

/** Who asked, and the id that ties every event of one request together. */
export interface CommandContext {
  readonly actor: Actor;
  readonly correlationId: string;
}
