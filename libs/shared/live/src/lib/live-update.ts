/** What the portal receives on the `update` event: the changed read-model view and where it came from. */
export interface LiveUpdate<TView = unknown> {
  type: string;
  aggregateId: string;
  occurredAt: string;
  view: TView;
  /** Increases with every update this process sends, so a client sees gaps. */
  sequence: number;
}

/** Who may see an update: everyone (public board), only people of the named organisations, or only the named people. */
export type LiveAudience = { kind: 'public' } | { kind: 'organisations'; organisationIds: readonly string[] } | { kind: 'people'; personIds: readonly string[] };
