import { DataSource } from 'typeorm';
import { boardMigrations, CommitmentBoardModule } from '@accord/commitments/board';
import { commitmentsEntities, commitmentsMigrations, CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { consularEntities, consularMigrations, ConsularWriteModule } from '@accord/consular/infrastructure';
import { seedDemoConsularSharing, seedDemoCrisisWorld } from '@accord/crisis/demo';
import { crisisEntities, crisisMigrations, CrisisWriteModule } from '@accord/crisis/infrastructure';
import { seedDemoCommitments } from '@accord/demo-world';
import { assessmentsEntities, assessmentsMigrations, AssessmentsWriteModule } from '@accord/assessments/infrastructure';
import { CrisisRoomModule, crisisRoomMigrations } from '@accord/crisis/room';
import { followUpEntities, followUpMigrations, FollowUpWriteModule, seedDemoFollowUp } from '@accord/follow-up/infrastructure';
import { FollowUpTrackerModule, trackerMigrations } from '@accord/follow-up/tracker';
import { LocalActionFeedModule, localActionFeedMigrations } from '@accord/local-actions/feed';
import { localActionsEntities, localActionsMigrations, LocalActionsWriteModule, seedDemoLocalActions } from '@accord/local-actions/infrastructure';
import { evacuationsEntities, evacuationsMigrations, EvacuationsWriteModule } from '@accord/evacuations/infrastructure';
import { identityAuthModule, identityEntities, identityMigrations, IdentityModule, seedDemoDirectory } from '@accord/identity/infrastructure';
import { AuditModule, auditMigrations } from '@accord/shared/audit';
import { LiveModule } from '@accord/shared/live';
import { messagingMigrations } from '@accord/shared/messaging';
import { ServiceDefinition } from '@accord/shared/runtime';
import { subscriptionsMigrations, SubscriptionsModule } from '@accord/subscriptions/infrastructure';

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
      CrisisRoomModule,
      LocalActionsWriteModule,
      LocalActionFeedModule,
      AssessmentsWriteModule,
      FollowUpWriteModule,
      FollowUpTrackerModule,
      SubscriptionsModule,
    ],
    entities: [...identityEntities, ...commitmentsEntities, ...crisisEntities, ...evacuationsEntities, ...consularEntities, ...localActionsEntities, ...assessmentsEntities, ...followUpEntities],
    migrations: [
      ...messagingMigrations,
      ...auditMigrations,
      ...identityMigrations,
      ...commitmentsMigrations,
      ...boardMigrations,
      ...crisisMigrations,
      ...evacuationsMigrations,
      ...consularMigrations,
      ...crisisRoomMigrations,
      ...localActionsMigrations,
      ...localActionFeedMigrations,
      ...assessmentsMigrations,
      ...followUpMigrations,
      ...trackerMigrations,
      ...subscriptionsMigrations,
    ],
    seed: async (app) => {
      await seedDemoDirectory(app.get(DataSource));
      await seedDemoCommitments(app);
      await seedDemoLocalActions(app);
      await seedDemoCrisisWorld(app, { consultations: true });
      await seedDemoConsularSharing(app);
      await seedDemoFollowUp(app);
    },
    portalDir,
    defaultPort: 3000,
  };
}
