import { EventOrigin } from '@accord/follow-up/application';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { AggregateRoot, DomainEvent } from '@accord/shared/kernel';

/** Domain events of one save become integration events v1 on `stream`, numbered after the stored version. */
export function followUpEnvelopes(aggregate: AggregateRoot<DomainEvent>, stream: string, origin: EventOrigin): EventEnvelope[] {
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
    }),
  );
}
