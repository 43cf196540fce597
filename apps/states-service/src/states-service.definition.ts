import { commitmentsEntities, commitmentsMigrations, CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { consularEntities, consularMigrations, ConsularWriteModule } from '@accord/consular/infrastructure';
import { seedDemoConsularSharing } from '@accord/crisis/demo';
import { seedDemoCommitments } from '@accord/demo-world';
import { AuditModule, auditMigrations } from '@accord/shared/audit';
import { AuthModule } from '@accord/shared/auth';
import { messagingMigrations } from '@accord/shared/messaging';
import { ServiceDefinition } from '@accord/shared/runtime';

/**
 * System of record for States' data: commitments and consular sharing (case files never leave it).
 * It verifies tokens by signature alone (no identity tables here), so a revoked token is refused here
 * when it expires or when the gateway in front refuses it first.
 */
export const statesServiceDefinition: ServiceDefinition = {
  serviceName: 'states-service',
  imports: [AuthModule.forRoot(), AuditModule, CommitmentsWriteModule, ConsularWriteModule.forRoot()],
  entities: [...commitmentsEntities, ...consularEntities],
  migrations: [...messagingMigrations, ...auditMigrations, ...commitmentsMigrations, ...consularMigrations],
  seed: async (app) => {
    await seedDemoCommitments(app);
    await seedDemoConsularSharing(app);
  },
  defaultPort: 3001,
};
