import { followUpEntities, followUpMigrations, FollowUpWriteModule, seedDemoFollowUp } from '@accord/follow-up/infrastructure';
import { AuditModule, auditMigrations } from '@accord/shared/audit';
import { AuthModule } from '@accord/shared/auth';
import { messagingMigrations } from '@accord/shared/messaging';
import { ServiceDefinition } from '@accord/shared/runtime';

/**
 * System of record for secretariats: meetings, recommendations, addressees' responses and follow-up
 * reports, and the overdue scheduler (ACCORD_OVERDUE_REMINDER_DAYS, ACCORD_OVERDUE_SCAN_MS).
 */
export const secretariatServiceDefinition: ServiceDefinition = {
  serviceName: 'secretariat-service',
  imports: [AuthModule.forRoot(), AuditModule, FollowUpWriteModule],
  entities: [...followUpEntities],
  migrations: [...messagingMigrations, ...auditMigrations, ...followUpMigrations],
  seed: async (app) => {
    await seedDemoFollowUp(app);
  },
  defaultPort: 3004,
};
