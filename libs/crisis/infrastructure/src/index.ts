import { CrisisAlertOrmEntity } from './lib/persistence/crisis-alert.orm-entity';
import { CrisisSchema1732780800300 } from './lib/persistence/crisis-schema.migration';
import { CrisisFieldReports1764338400000 } from './lib/persistence/field-report-schema.migration';
import { FieldReportOrmEntity } from './lib/persistence/field-report.orm-entity';
import { PresenceReportOrmEntity } from './lib/persistence/presence-report.orm-entity';

export * from './lib/cap/cap-message';
export * from './lib/cap/cap-reader';
export * from './lib/cap/cap-writer';
export * from './lib/cap/atom-feed-writer';
export * from './lib/crisis-write.module';
export * from './lib/http/xml-body-parser';
export * from './lib/persistence/crisis-alert.orm-entity';
export * from './lib/persistence/presence-report.orm-entity';

export * from './lib/persistence/field-report.orm-entity';

export const crisisEntities = [CrisisAlertOrmEntity, PresenceReportOrmEntity, FieldReportOrmEntity];
export const crisisMigrations = [CrisisSchema1732780800300, CrisisFieldReports1764338400000];
