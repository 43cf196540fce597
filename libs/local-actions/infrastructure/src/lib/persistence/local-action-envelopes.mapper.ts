import { LocalAction } from '@accord/local-actions/domain';
import { LOCAL_ACTION_STREAM } from '@accord/local-actions/contracts';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { CommandContext } from '@accord/shared/kernel';

/** Domain events of one save become integration events v1, numbered after the stored version. */
export function localActionEnvelopes(action: LocalAction, context: CommandContext): EventEnvelope[] {
  const first = action.persistedVersion + 1;
  return action.pendingEvents().map((event, i) =>
    newEnvelope({
      type: event.type,
      version: 1,
      stream: LOCAL_ACTION_STREAM,
      aggregateId: action.id,
      aggregateVersion: first + i,
      payload: event.data,
      actor: { personId: context.actor.personId, organisationId: context.actor.organisationId },
      correlationId: context.correlationId,
    }),
  );
}
