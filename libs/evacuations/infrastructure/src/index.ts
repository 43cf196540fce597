import { CapacityOfferOrmEntity } from './lib/persistence/capacity-offer.orm-entity';
import { CapacityRequestOrmEntity } from './lib/persistence/capacity-request.orm-entity';
import { EvacuationsCapacity1765069300000 } from './lib/persistence/capacity-schema.migration';
import { EvacuationOperationOrmEntity } from './lib/persistence/evacuation-operation.orm-entity';
import { EvacuationsSchema1732780800500 } from './lib/persistence/evacuations-schema.migration';

export * from './lib/capacity/capacity-views';
export * from './lib/evacuations-write.module';
export * from './lib/persistence/evacuation-operation.orm-entity';

export const evacuationsEntities = [EvacuationOperationOrmEntity, CapacityOfferOrmEntity, CapacityRequestOrmEntity];
export const evacuationsMigrations = [EvacuationsSchema1732780800500, EvacuationsCapacity1765069300000];
