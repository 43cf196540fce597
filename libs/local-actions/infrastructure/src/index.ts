import { LocalActionOrmEntity } from './lib/persistence/local-action.orm-entity';
import { LocalActionsSchema1732780805000 } from './lib/persistence/local-actions-schema.migration';

export * from './lib/demo/seed-demo-local-actions';
export * from './lib/local-actions-write.module';
export * from './lib/persistence/local-action.orm-entity';
export * from './lib/persistence/typeorm-local-action.repository';

export const localActionsEntities = [LocalActionOrmEntity];
export const localActionsMigrations = [LocalActionsSchema1732780805000];
