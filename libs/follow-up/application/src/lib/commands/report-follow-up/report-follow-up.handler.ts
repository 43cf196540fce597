import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecommendationRepository } from '../../ports/recommendation.repository';
import { FollowUpSaved } from '../../saved';
import { ReportFollowUpCommand } from './report-follow-up.command';

@CommandHandler(ReportFollowUpCommand)
export class ReportFollowUpHandler implements ICommandHandler<ReportFollowUpCommand, FollowUpSaved> {
  constructor(private readonly recommendations: RecommendationRepository) {}

  async execute({ context, recommendationId, report }: ReportFollowUpCommand): Promise<FollowUpSaved> {
    const recommendation = await this.recommendations.getById(recommendationId);
    recommendation.reportFollowUp(context.actor.organisationId, report);
    await this.recommendations.save(recommendation, context);
    return { id: recommendation.id, version: recommendation.version };
  }
}
