import { Assessment } from '@accord/assessments/domain';
import { ASSESSMENT_STREAM } from '@accord/assessments/contracts';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { CommandContext } from '@accord/shared/kernel';

export function assessmentEnvelopes(assessment: Assessment, context: CommandContext): EventEnvelope[] {
  const first = assessment.persistedVersion + 1;
  return assessment.pendingEvents().map((event, i) =>
    newEnvelope({
      type: event.type,
      version: 1,
      stream: ASSESSMENT_STREAM,
      aggregateId: assessment.id,
      aggregateVersion: first + i,
      payload: event.data,
      actor: { personId: context.actor.personId, organisationId: context.actor.organisationId },
      correlationId: context.correlationId,
    }),
  );
}
