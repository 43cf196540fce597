import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { Actor } from '@accord/shared/kernel';

/** What an aggregate offers the outbox: its id, the version it was loaded at, and the events of this save. */
export interface RecordedChanges {
  readonly id: string;
  readonly persistedVersion: number;
  pendingEvents(): readonly { type: string; data: unknown }[];
}

/** Who caused a save: a person acting for an organisation, or the system itself (actor null, e.g. a scheduler). */
export interface EventOrigin {
  actor: Pick<Actor, 'personId' | 'organisationId'> | null;
  correlationId: string;
}

/**
 * The events of one save as integration events v1 on `stream`, numbered after the stored version;
 * `occurredAt` is the domain clock's time where a read model reads history by it.
 */
export function pendingEnvelopes(aggregate: RecordedChanges, stream: string, origin: EventOrigin, occurredAt?: Date): EventEnvelope[] {
  const first = aggregate.persistedVersion + 1;
  const actor = origin.actor ? { personId: origin.actor.personId, organisationId: origin.actor.organisationId } : null;
  return aggregate.pendingEvents().map((event, i) =>
    newEnvelope({
      type: event.type,
      version: 1,
      stream,
      aggregateId: aggregate.id,
      aggregateVersion: first + i,
      payload: event.data,
      actor,
      correlationId: origin.correlationId,
      ...(occurredAt ? { occurredAt } : {}),
    }),
  );
}
