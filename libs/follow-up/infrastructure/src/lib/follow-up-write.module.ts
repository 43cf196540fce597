import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CRISIS_EVENT_SCHEMAS } from '@accord/crisis/contracts';
import { ConsultationRepository, FOLLOW_UP_COMMAND_HANDLERS, KnownCrisisAlerts, MeetingRepository, OverdueCandidates, RecommendationRepository } from '@accord/follow-up/application';
import { FOLLOW_UP_EVENT_SCHEMAS } from '@accord/follow-up/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { EventConsumerHost } from '@accord/shared/messaging';
import { ConsultationReader } from './consultations/consultation.reader';
import { ConsultationsHttpController } from './http/consultations.http.controller';
import { FollowUpHttpController } from './http/follow-up.http.controller';
import { KnownCrisisAlertsProjection } from './known-alerts/known-crisis-alerts.projection';
import { TypeOrmKnownCrisisAlerts } from './known-alerts/typeorm-known-crisis-alerts';
import { TypeOrmConsultationRepository } from './persistence/typeorm-consultation.repository';
import { TypeOrmMeetingRepository } from './persistence/typeorm-meeting.repository';
import { TypeOrmOverdueCandidates } from './persistence/typeorm-overdue-candidates';
import { TypeOrmRecommendationRepository } from './persistence/typeorm-recommendation.repository';
import { OVERDUE_SETTINGS, overdueSettingsFromEnv } from './scheduler/overdue-settings';
import { OverdueScheduler } from './scheduler/overdue.scheduler';

/**
 * Meetings, emergency consultations, recommendations, responses, follow-up reports and the overdue scheduler:
 * the secretariat service. It consumes the crisis alert stream (consultations are convened on known alerts).
 */
@Module({
  imports: [CqrsModule],
  controllers: [FollowUpHttpController, ConsultationsHttpController],
  providers: [
    ...FOLLOW_UP_COMMAND_HANDLERS,
    { provide: MeetingRepository, useClass: TypeOrmMeetingRepository },
    { provide: RecommendationRepository, useClass: TypeOrmRecommendationRepository },
    { provide: ConsultationRepository, useClass: TypeOrmConsultationRepository },
    ConsultationReader,
    KnownCrisisAlertsProjection,
    { provide: KnownCrisisAlerts, useClass: TypeOrmKnownCrisisAlerts },
    { provide: OverdueCandidates, useClass: TypeOrmOverdueCandidates },
    { provide: OVERDUE_SETTINGS, useFactory: () => overdueSettingsFromEnv(process.env) },
    OverdueScheduler,
  ],
  exports: [OverdueScheduler],
})
export class FollowUpWriteModule implements OnModuleInit {
  constructor(registry: EventRegistry, private readonly consumers: EventConsumerHost, private readonly knownAlerts: KnownCrisisAlertsProjection) {
    registry.registerAll(FOLLOW_UP_EVENT_SCHEMAS).registerAll(CRISIS_EVENT_SCHEMAS);
  }

  onModuleInit(): void {
    this.consumers.register(this.knownAlerts);
  }
}
