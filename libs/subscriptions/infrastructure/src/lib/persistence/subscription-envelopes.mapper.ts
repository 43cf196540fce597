import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { CommandContext } from '@accord/shared/kernel';

interface Recorded {
  readonly id: string;
  readonly persistedVersion: number;
  pendingEvents(): readonly { type: string; data: unknown }[];
}

/** Domain events of one save become integration events v1 on `stream`, numbered after the stored version. */
export function subscriptionEnvelopes(aggregate: Recorded, stream: string, context: CommandContext, occurredAt: Date): EventEnvelope[] {
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
      occurredAt,
    }),
  );
}
