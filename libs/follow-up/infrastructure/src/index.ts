import { ConsultationOrmEntity } from './lib/persistence/consultation.orm-entity';
import { FollowUpConsultations1765069200000 } from './lib/persistence/follow-up-consultations.migration';
import { FollowUpKnownCrisisAlerts1765094400000 } from './lib/persistence/follow-up-known-crisis-alerts.migration';
import { FollowUpSchema1732780807000 } from './lib/persistence/follow-up-schema.migration';
import { MeetingOrmEntity } from './lib/persistence/meeting.orm-entity';
import { RecommendationOrmEntity } from './lib/persistence/recommendation.orm-entity';

export * from './lib/consultations/consultation-view';
export * from './lib/demo/seed-demo-consultation';
export * from './lib/demo/seed-demo-follow-up';
export * from './lib/follow-up-write.module';
export * from './lib/persistence/consultation.orm-entity';
export * from './lib/persistence/meeting.orm-entity';
export * from './lib/persistence/recommendation.orm-entity';
export * from './lib/scheduler/overdue-settings';
export * from './lib/scheduler/overdue.scheduler';

export const followUpEntities = [MeetingOrmEntity, RecommendationOrmEntity, ConsultationOrmEntity];
export const followUpMigrations = [FollowUpSchema1732780807000, FollowUpConsultations1765069200000, FollowUpKnownCrisisAlerts1765094400000];
