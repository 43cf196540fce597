import { commitmentsEntities, commitmentsMigrations, CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { seedDemoCommitments } from '@accord/demo-world';
import { AuthModule } from '@accord/shared/auth';
import { messagingMigrations } from '@accord/shared/messaging';
import { ServiceDefinition } from '@accord/shared/runtime';

/**
 * System of record for States' data. It verifies tokens by signature alone (no identity tables here),
 * so a revoked token is refused here when it expires or when the gateway in front refuses it first.
 */
export const statesServiceDefinition: ServiceDefinition = {
  serviceName: 'states-service',
  imports: [AuthModule.forRoot(), CommitmentsWriteModule],
  entities: [...commitmentsEntities],
  migrations: [...messagingMigrations, ...commitmentsMigrations],
  seed: async (app) => {
    await seedDemoCommitments(app);
  },
  defaultPort: 3001,
};
