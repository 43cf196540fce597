import { assessmentsEntities, assessmentsMigrations, AssessmentsWriteModule } from '@accord/assessments/infrastructure';
import { commitmentsEntities, commitmentsMigrations, CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { AuditModule, auditMigrations } from '@accord/shared/audit';
import { AuthModule } from '@accord/shared/auth';
import { messagingMigrations } from '@accord/shared/messaging';
import { ServiceDefinition } from '@accord/shared/runtime';

/**
 * System of record for civil society's data: their own commitments and their independent assessments.
 * It consumes the commitments stream to learn who owns what (never reading another service's tables).
 */
export const civilSocietyServiceDefinition: ServiceDefinition = {
  serviceName: 'civil-society-service',
  imports: [AuthModule.forRoot(), AuditModule, CommitmentsWriteModule, AssessmentsWriteModule],
  entities: [...commitmentsEntities, ...assessmentsEntities],
  migrations: [...messagingMigrations, ...auditMigrations, ...commitmentsMigrations, ...assessmentsMigrations],
  defaultPort: 3003,
};
