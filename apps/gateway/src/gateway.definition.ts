import { DataSource } from 'typeorm';
import { boardMigrations, CommitmentBoardModule } from '@accord/commitments/board';
import { identityAuthModule, identityEntities, identityMigrations, IdentityModule, seedDemoDirectory } from '@accord/identity/infrastructure';
import { AuditModule, auditMigrations } from '@accord/shared/audit';
import { LiveModule } from '@accord/shared/live';
import { CrisisRoomModule, crisisRoomMigrations } from '@accord/crisis/room';
import { FollowUpTrackerModule, trackerMigrations } from '@accord/follow-up/tracker';
import { LocalActionFeedModule, localActionFeedMigrations } from '@accord/local-actions/feed';
import { messagingMigrations } from '@accord/shared/messaging';
import { ServiceDefinition } from '@accord/shared/runtime';
import { subscriptionsMigrations, SubscriptionsModule } from '@accord/subscriptions/infrastructure';
import { WriteProxyModule } from './write-proxy/write-proxy.module';

/** The portal's edge in a distributed deployment: identity, read models, socket.io, and writes proxied on. */
export function gatewayDefinition(portalDir: string): ServiceDefinition {
  return {
    serviceName: 'gateway',
    imports: [
      identityAuthModule(),
      IdentityModule,
      AuditModule,
      LiveModule,
      CommitmentBoardModule,
      CrisisRoomModule,
      LocalActionFeedModule,
      FollowUpTrackerModule,
      SubscriptionsModule,
      WriteProxyModule,
    ],
    entities: [...identityEntities],
    migrations: [...messagingMigrations, ...auditMigrations, ...identityMigrations, ...boardMigrations, ...crisisRoomMigrations, ...localActionFeedMigrations, ...trackerMigrations, ...subscriptionsMigrations],
    seed: async (app) => {
      await seedDemoDirectory(app.get(DataSource));
    },
    portalDir,
    defaultPort: 3000,
  };
}
