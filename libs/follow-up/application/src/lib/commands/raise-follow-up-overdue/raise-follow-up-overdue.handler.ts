import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecommendationRepository } from '../../ports/recommendation.repository';
import { FollowUpSaved } from '../../saved';
import { RaiseFollowUpOverdueCommand } from './raise-follow-up-overdue.command';

@CommandHandler(RaiseFollowUpOverdueCommand)
export class RaiseFollowUpOverdueHandler implements ICommandHandler<RaiseFollowUpOverdueCommand, FollowUpSaved> {
  constructor(private readonly recommendations: RecommendationRepository) {}

  async execute({ recommendationId, addresseeId, periodIndex, correlationId }: RaiseFollowUpOverdueCommand): Promise<FollowUpSaved> {
    const recommendation = await this.recommendations.getById(recommendationId);
    recommendation.raiseOverdue(addresseeId, periodIndex);
    await this.recommendations.save(recommendation, { actor: null, correlationId });
    return { id: recommendation.id, version: recommendation.version };
  }
}
