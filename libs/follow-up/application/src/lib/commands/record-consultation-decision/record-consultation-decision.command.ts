import { RecommendationTerms } from '@accord/follow-up/domain';
import { CommandContext } from '@accord/shared/kernel';

export class RecordConsultationDecisionCommand {
  constructor(readonly context: CommandContext, readonly consultationId: string, readonly terms: RecommendationTerms) {}
}
