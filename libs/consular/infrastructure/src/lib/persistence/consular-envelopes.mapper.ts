import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { AggregateRoot, CommandContext } from '@accord/shared/kernel';

/** Domain events of one save become integration events v1, numbered after the stored version. */
export function consularEnvelopes(aggregate: AggregateRoot, stream: string, context: CommandContext): EventEnvelope[] {
  const first = aggregate.persistedVersion + 1;
  return aggregate.pendingEvents().map((event, i) =>
    newEnvelope({
      type: event.type,
      version: 1,
      stream,
      aggregateId: aggregate.id,
      aggregateVersion: first + i,
      payload: event.data,
      actor: { personId: context.actor.personId, organisationId: context.actor.organisationId },
      correlationId: context.correlationId,
    }),
  );
}
