import { CommitmentOrmEntity } from './lib/persistence/commitment.orm-entity';
import { CommitmentsSchema1732780800100 } from './lib/persistence/commitments-schema.migration';

export * from './lib/commitments-write.module';
export * from './lib/persistence/commitment.orm-entity';
export * from './lib/persistence/typeorm-commitment.repository';

export const commitmentsEntities = [CommitmentOrmEntity];
export const commitmentsMigrations = [CommitmentsSchema1732780800100];
