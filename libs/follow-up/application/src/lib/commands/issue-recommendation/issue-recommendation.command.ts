import { RecommendationTerms } from '@accord/follow-up/domain';
import { CommandContext } from '@accord/shared/kernel';

export class IssueRecommendationCommand {
  constructor(readonly context: CommandContext, readonly meetingId: string, readonly terms: RecommendationTerms) {}
}
