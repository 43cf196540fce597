import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Recommendation } from '@accord/follow-up/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { MeetingRepository } from '../../ports/meeting.repository';
import { RecommendationRepository } from '../../ports/recommendation.repository';
import { FollowUpSaved } from '../../saved';
import { IssueRecommendationCommand } from './issue-recommendation.command';

/** Reads the meeting (never changes it) and creates one recommendation. */
@CommandHandler(IssueRecommendationCommand)
export class IssueRecommendationHandler implements ICommandHandler<IssueRecommendationCommand, FollowUpSaved> {
  constructor(private readonly meetings: MeetingRepository, private readonly recommendations: RecommendationRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, meetingId, terms }: IssueRecommendationCommand): Promise<FollowUpSaved> {
    const meeting = await this.meetings.getById(meetingId);
    const recommendation = Recommendation.issue(randomUUID(), context.actor.organisationId, { id: meeting.id, ...meeting.snapshot }, terms, this.clock);
    await this.recommendations.save(recommendation, context);
    return { id: recommendation.id, version: recommendation.version };
  }
}
