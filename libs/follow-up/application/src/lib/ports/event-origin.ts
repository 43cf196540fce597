/** Who caused the events of a save: a person's command, or the platform itself (actor null). */
export interface EventOrigin {
  readonly actor: { readonly personId: string; readonly organisationId: string } | null;
  readonly correlationId: string;
}
