import { Commitment } from '@accord/commitments/domain';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { CommandContext } from '@accord/shared/kernel';

/**
 * Domain events of one save become integration events v1, numbered after the stored version, stamped
 * with the domain clock's time (the board's "as of" and "changed since" read it).
 */
export function commitmentEnvelopes(commitment: Commitment, context: CommandContext, occurredAt: Date): EventEnvelope[] {
  const first = commitment.persistedVersion + 1;
  return commitment.pendingEvents().map((event, i) =>
    newEnvelope({
      type: event.type,
      version: 1,
      stream: COMMITMENT_STREAM,
      aggregateId: commitment.id,
      aggregateVersion: first + i,
      payload: event.data,
      actor: { personId: context.actor.personId, organisationId: context.actor.organisationId },
      correlationId: context.correlationId,
      occurredAt,
    }),
  );
}
