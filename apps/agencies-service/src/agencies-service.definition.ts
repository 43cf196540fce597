import { commitmentsEntities, commitmentsMigrations, CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { seedDemoCrisisWorld } from '@accord/crisis/demo';
import { crisisEntities, crisisMigrations, CrisisWriteModule } from '@accord/crisis/infrastructure';
import { evacuationsEntities, evacuationsMigrations, EvacuationsWriteModule } from '@accord/evacuations/infrastructure';
import { AuditModule, auditMigrations } from '@accord/shared/audit';
import { AuthModule } from '@accord/shared/auth';
import { messagingMigrations } from '@accord/shared/messaging';
import { ServiceDefinition } from '@accord/shared/runtime';

/** System of record for agencies' data: crisis alerts (CAP), presence reports, evacuation operations. */
export const agenciesServiceDefinition: ServiceDefinition = {
  serviceName: 'agencies-service',
  imports: [AuthModule.forRoot(), AuditModule, CommitmentsWriteModule, CrisisWriteModule, EvacuationsWriteModule],
  entities: [...commitmentsEntities, ...crisisEntities, ...evacuationsEntities],
  migrations: [...messagingMigrations, ...auditMigrations, ...commitmentsMigrations, ...crisisMigrations, ...evacuationsMigrations],
  seed: async (app) => {
    await seedDemoCrisisWorld(app, { consultations: false });
  },
  defaultPort: 3005,
};
