import { commitmentsEntities, commitmentsMigrations, CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { localActionsEntities, localActionsMigrations, LocalActionsWriteModule, seedDemoLocalActions } from '@accord/local-actions/infrastructure';
import { AuditModule, auditMigrations } from '@accord/shared/audit';
import { AuthModule } from '@accord/shared/auth';
import { messagingMigrations } from '@accord/shared/messaging';
import { ServiceDefinition } from '@accord/shared/runtime';

/** System of record for cities' data: their local actions and their own commitments. */
export const citiesServiceDefinition: ServiceDefinition = {
  serviceName: 'cities-service',
  imports: [AuthModule.forRoot(), AuditModule, CommitmentsWriteModule, LocalActionsWriteModule],
  entities: [...commitmentsEntities, ...localActionsEntities],
  migrations: [...messagingMigrations, ...auditMigrations, ...commitmentsMigrations, ...localActionsMigrations],
  seed: async (app) => {
    await seedDemoLocalActions(app);
  },
  defaultPort: 3002,
};
