import { FollowUpSchema1732780807000 } from './lib/persistence/follow-up-schema.migration';
import { MeetingOrmEntity } from './lib/persistence/meeting.orm-entity';
import { RecommendationOrmEntity } from './lib/persistence/recommendation.orm-entity';

export * from './lib/demo/seed-demo-follow-up';
export * from './lib/follow-up-write.module';
export * from './lib/persistence/meeting.orm-entity';
export * from './lib/persistence/recommendation.orm-entity';
export * from './lib/scheduler/overdue-settings';
export * from './lib/scheduler/overdue.scheduler';

export const followUpEntities = [MeetingOrmEntity, RecommendationOrmEntity];
export const followUpMigrations = [FollowUpSchema1732780807000];
