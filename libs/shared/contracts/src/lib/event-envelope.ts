/**
 * The shape of every integration event on every transport. Metadata travels beside the payload so
 * a consumer can deduplicate (eventId), order (aggregateId + aggregateVersion), trace
 * (correlationId, causationId) and authorise (actor) without reading the payload.
 */
export interface EventEnvelope<TType extends string = string, TPayload = unknown> {
  readonly eventId: string;
  readonly type: TType;
  /** Schema version of the payload for this type. */
  readonly version: number;
  /** Kafka topic / log stream: `accord.<context>.<aggregate>`. */
  readonly stream: string;
  readonly aggregateId: string;
  /** 1 for the aggregate's first event, +1 for each next one. */
  readonly aggregateVersion: number;
  /** ISO-8601 UTC. */
  readonly occurredAt: string;
  /** Who caused it; null for the platform itself (schedulers, seeding). */
  readonly actor: { readonly personId: string; readonly organisationId: string } | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly payload: TPayload;
}

/** The type-level description of one version of one event type, as contracts libs declare it. */
export interface IntegrationEvent<TType extends string, TVersion extends number> {
  readonly __type?: TType;
  readonly __version?: TVersion;
}
