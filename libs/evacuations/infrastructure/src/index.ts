import { EvacuationOperationOrmEntity } from './lib/persistence/evacuation-operation.orm-entity';
import { EvacuationsSchema1732780800500 } from './lib/persistence/evacuations-schema.migration';

export * from './lib/evacuations-write.module';
export * from './lib/persistence/evacuation-operation.orm-entity';

export const evacuationsEntities = [EvacuationOperationOrmEntity];
export const evacuationsMigrations = [EvacuationsSchema1732780800500];
