import { AssessmentOrmEntity } from './lib/persistence/assessment.orm-entity';
import { AssessmentsCoOwners1765000000000 } from './lib/persistence/assessments-co-owners.migration';
import { AssessmentsSchema1732780806000 } from './lib/persistence/assessments-schema.migration';

export * from './lib/assessments-write.module';
export * from './lib/commitment-owners/commitment-owners.projection';
export * from './lib/persistence/assessment.orm-entity';
export * from './lib/persistence/typeorm-assessment.repository';

export const assessmentsEntities = [AssessmentOrmEntity];
export const assessmentsMigrations = [AssessmentsSchema1732780806000, AssessmentsCoOwners1765000000000];
