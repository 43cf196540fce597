import { CaseAccessLogOrmEntity } from './lib/persistence/case-access-log.orm-entity';
import { CaseRecordOrmEntity } from './lib/persistence/case-record.orm-entity';
import { ConsularAgreementOrmEntity } from './lib/persistence/consular-agreement.orm-entity';
import { ConsularMissionOrmEntity } from './lib/persistence/consular-mission.orm-entity';
import { ConsularRequestOrmEntity } from './lib/persistence/consular-request.orm-entity';
import { ConsularSchema1732780800400 } from './lib/persistence/consular-schema.migration';

export * from './lib/consular-write-options';
export * from './lib/consular-write.module';
export * from './lib/crypto/case-cipher';
export * from './lib/scheduling/consular-scheduler';
export * from './lib/scheduling/consular-scheduler.tokens';

export const consularEntities = [ConsularAgreementOrmEntity, ConsularMissionOrmEntity, ConsularRequestOrmEntity, CaseRecordOrmEntity, CaseAccessLogOrmEntity];
export const consularMigrations = [ConsularSchema1732780800400];
