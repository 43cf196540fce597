import { FollowUpResponse } from '@accord/follow-up/domain';
import { CommandContext } from '@accord/shared/kernel';

export class RespondToRecommendationCommand {
  constructor(readonly context: CommandContext, readonly recommendationId: string, readonly response: FollowUpResponse, readonly reason: string) {}
}
