import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecommendationRepository } from '../../ports/recommendation.repository';
import { FollowUpSaved } from '../../saved';
import { RespondToRecommendationCommand } from './respond-to-recommendation.command';

@CommandHandler(RespondToRecommendationCommand)
export class RespondToRecommendationHandler implements ICommandHandler<RespondToRecommendationCommand, FollowUpSaved> {
  constructor(private readonly recommendations: RecommendationRepository) {}

  async execute({ context, recommendationId, response, reason }: RespondToRecommendationCommand): Promise<FollowUpSaved> {
    const recommendation = await this.recommendations.getById(recommendationId);
    recommendation.respond(context.actor.organisationId, response, reason);
    await this.recommendations.save(recommendation, context);
    return { id: recommendation.id, version: recommendation.version };
  }
}
