import { DataSource } from 'typeorm';
import { boardMigrations, CommitmentBoardModule } from '@accord/commitments/board';
import { commitmentsEntities, commitmentsMigrations, CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { seedDemoCommitments } from '@accord/demo-world';
import { identityAuthModule, identityEntities, identityMigrations, IdentityModule, seedDemoDirectory } from '@accord/identity/infrastructure';
import { LiveModule } from '@accord/shared/live';
import { messagingMigrations } from '@accord/shared/messaging';
import { ServiceDefinition } from '@accord/shared/runtime';

/** Every service module, the gateway's read side and the portal in one process: the embedded default. */
export function platformDefinition(portalDir: string): ServiceDefinition {
  return {
    serviceName: 'platform',
    imports: [
      identityAuthModule(),
      IdentityModule,
      LiveModule,
      CommitmentsWriteModule,
      CommitmentBoardModule,
    ],
    entities: [...identityEntities, ...commitmentsEntities],
    migrations: [...messagingMigrations, ...identityMigrations, ...commitmentsMigrations, ...boardMigrations],
    seed: async (app) => {
      await seedDemoDirectory(app.get(DataSource));
      await seedDemoCommitments(app);
    },
    portalDir,
    defaultPort: 3000,
  };
}
