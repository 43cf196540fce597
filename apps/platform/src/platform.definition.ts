import { DataSource } from 'typeorm';
import { boardMigrations, CommitmentBoardModule } from '@accord/commitments/board';
import { commitmentsEntities, commitmentsMigrations, CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { consularEntities, consularMigrations, ConsularWriteModule } from '@accord/consular/infrastructure';
import { seedDemoConsularSharing, seedDemoCrisisWorld } from '@accord/crisis/demo';
import { crisisEntities, crisisMigrations, CrisisWriteModule } from '@accord/crisis/infrastructure';
import { seedDemoCommitments } from '@accord/demo-world';
import { evacuationsEntities, evacuationsMigrations, EvacuationsWriteModule } from '@accord/evacuations/infrastructure';
import { identityAuthModule, identityEntities, identityMigrations, IdentityModule, seedDemoDirectory } from '@accord/identity/infrastructure';
import { AuditModule, auditMigrations } from '@accord/shared/audit';
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
      AuditModule,
      LiveModule,
      CommitmentsWriteModule,
      CommitmentBoardModule,
      CrisisWriteModule,
      EvacuationsWriteModule,
      ConsularWriteModule.forRoot(),
    ],
    entities: [...identityEntities, ...commitmentsEntities, ...crisisEntities, ...evacuationsEntities, ...consularEntities],
    migrations: [
      ...messagingMigrations,
      ...auditMigrations,
      ...identityMigrations,
      ...commitmentsMigrations,
      ...boardMigrations,
      ...crisisMigrations,
      ...evacuationsMigrations,
      ...consularMigrations,
    ],
    seed: async (app) => {
      await seedDemoDirectory(app.get(DataSource));
      await seedDemoCommitments(app);
      await seedDemoCrisisWorld(app);
      await seedDemoConsularSharing(app);
    },
    portalDir,
    defaultPort: 3000,
  };
}
