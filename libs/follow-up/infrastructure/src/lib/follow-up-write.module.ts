import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { FOLLOW_UP_COMMAND_HANDLERS, MeetingRepository, OverdueCandidates, RecommendationRepository } from '@accord/follow-up/application';
import { FOLLOW_UP_EVENT_SCHEMAS } from '@accord/follow-up/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { FollowUpHttpController } from './http/follow-up.http.controller';
import { TypeOrmMeetingRepository } from './persistence/typeorm-meeting.repository';
import { TypeOrmOverdueCandidates } from './persistence/typeorm-overdue-candidates';
import { TypeOrmRecommendationRepository } from './persistence/typeorm-recommendation.repository';
import { OVERDUE_SETTINGS, overdueSettingsFromEnv } from './scheduler/overdue-settings';
import { OverdueScheduler } from './scheduler/overdue.scheduler';

/** Meetings, recommendations, responses, follow-up reports and the overdue scheduler: the secretariat service. */
@Module({
  imports: [CqrsModule],
  controllers: [FollowUpHttpController],
  providers: [
    ...FOLLOW_UP_COMMAND_HANDLERS,
    { provide: MeetingRepository, useClass: TypeOrmMeetingRepository },
    { provide: RecommendationRepository, useClass: TypeOrmRecommendationRepository },
    { provide: OverdueCandidates, useClass: TypeOrmOverdueCandidates },
    { provide: OVERDUE_SETTINGS, useFactory: () => overdueSettingsFromEnv(process.env) },
    OverdueScheduler,
  ],
  exports: [OverdueScheduler],
})
export class FollowUpWriteModule {
  constructor(registry: EventRegistry) {
    registry.registerAll(FOLLOW_UP_EVENT_SCHEMAS);
  }
}
