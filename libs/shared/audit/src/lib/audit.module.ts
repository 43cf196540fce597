import { Global, Module } from '@nestjs/common';
import { CommandAuditor } from '@accord/shared/messaging';
import { AuditCommandAuditor } from './audit-command-auditor';
import { AuditLog } from './audit-log';

/** Needs `auditMigrations` in the app. Every command through the TransactionalCommandBus is audited. */
@Global()
@Module({
  providers: [AuditLog, { provide: CommandAuditor, useClass: AuditCommandAuditor }],
  exports: [AuditLog, CommandAuditor],
})
export class AuditModule {}
