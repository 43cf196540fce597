import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ConsultationRepository, FOLLOW_UP_COMMAND_HANDLERS, MeetingRepository, OverdueCandidates, RecommendationRepository } from '@accord/follow-up/application';
import { FOLLOW_UP_EVENT_SCHEMAS } from '@accord/follow-up/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { ConsultationReader } from './consultations/consultation.reader';
import { ConsultationsHttpController } from './http/consultations.http.controller';
import { FollowUpHttpController } from './http/follow-up.http.controller';
import { TypeOrmConsultationRepository } from './persistence/typeorm-consultation.repository';
import { TypeOrmMeetingRepository } from './persistence/typeorm-meeting.repository';
import { TypeOrmOverdueCandidates } from './persistence/typeorm-overdue-candidates';
import { TypeOrmRecommendationRepository } from './persistence/typeorm-recommendation.repository';
import { OVERDUE_SETTINGS, overdueSettingsFromEnv } from './scheduler/overdue-settings';
import { OverdueScheduler } from './scheduler/overdue.scheduler';

/** Meetings, emergency consultations, recommendations, responses, follow-up reports and the overdue scheduler: the secretariat service. */
@Module({
  imports: [CqrsModule],
  controllers: [FollowUpHttpController, ConsultationsHttpController],
  providers: [
    ...FOLLOW_UP_COMMAND_HANDLERS,
    { provide: MeetingRepository, useClass: TypeOrmMeetingRepository },
    { provide: RecommendationRepository, useClass: TypeOrmRecommendationRepository },
    { provide: ConsultationRepository, useClass: TypeOrmConsultationRepository },
    ConsultationReader,
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
