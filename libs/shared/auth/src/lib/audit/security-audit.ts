import { Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntry, AuditLog } from '@accord/shared/audit';

/** Where a refusal or sign-in came from; never the URL's query string (it may hold search text). */
export interface AuditOrigin {
  ip?: string | null;
  correlationId?: string | null;
}

/**
 * Authentication and authorisation outcomes into the audit trail (ASVS 16.3). Uses the app's AuditLog
 * when it provides one, else one over the app's DataSource; a service with no database only logs.
 * Writes never block or fail the request they describe.
 */
@Injectable()
export class SecurityAudit {
  private readonly logger = new Logger('Audit');
  private readonly log: AuditLog | null;

  constructor(@Optional() auditLog?: AuditLog, @Optional() dataSource?: DataSource) {
    this.log = auditLog ?? (dataSource ? new AuditLog(dataSource) : null);
  }

  record(entry: AuditEntry): void {
    if (this.log) this.log.recordQuietly(entry);
    else this.logger.warn(`${entry.outcome} ${entry.action} person=${entry.personId ?? '-'} organisation=${entry.organisationId ?? '-'}`);
  }
}
