import { AuditSchema1732780800020 } from './lib/audit-schema.migration';

export * from './lib/audit-command-auditor';
export * from './lib/audit-entry';
export * from './lib/audit-log';
export * from './lib/audit.module';

export const auditMigrations = [AuditSchema1732780800020];
