import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SqlStatement } from '@accord/shared/messaging';
import { AuditEntry, cleanEntry } from './audit-entry';

/**
 * The audit trail. Accepted commands are recorded with the transaction's manager, so an audit row
 * exists exactly when the change does; refusals and reads are recorded on their own.
 */
@Injectable()
export class AuditLog {
  private readonly logger = new Logger('Audit');

  constructor(private readonly db: DataSource) {}

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const { sql, params } = this.insert(entry);
    await (manager ?? this.db.manager).query(sql, [...params]);
  }

  /** The insert `record` runs, for a caller that runs it in its own transaction (a command's). */
  insert(entry: AuditEntry): SqlStatement {
    const e = cleanEntry(entry);
    return {
      sql: `INSERT INTO audit.audit_log (person_id, organisation_id, action, resource, outcome, ip, correlation_id, detail) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
      params: [e.personId, e.organisationId, e.action, e.resource, e.outcome, e.ip, e.correlationId, JSON.stringify(e.detail ?? {})],
    };
  }

  /** For refusals on hot paths: never let a failing audit write turn a 403 into a 500. */
  recordQuietly(entry: AuditEntry): void {
    this.record(entry).catch((err: unknown) => this.logger.error(`audit write failed: ${err instanceof Error ? err.message : String(err)}`));
  }
}
