import { CAPACITY_STREAM } from '@accord/evacuations/contracts';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { AggregateRoot, CommandContext, DomainEvent } from '@accord/shared/kernel';

export function capacityEnvelopes(aggregate: AggregateRoot<DomainEvent>, context: CommandContext): EventEnvelope[] {
  const first = aggregate.persistedVersion + 1;
  const actor = { personId: context.actor.personId, organisationId: context.actor.organisationId };
  return aggregate.pendingEvents().map((e, i) =>
    newEnvelope({ type: e.type, version: 1, stream: CAPACITY_STREAM, aggregateId: aggregate.id, aggregateVersion: first + i, payload: e.data, actor, correlationId: context.correlationId }),
  );
}
