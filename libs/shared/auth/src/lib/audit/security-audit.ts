import { Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntry, AuditLog } from '@accord/shared/audit';
import { RefusalSampler, SuppressedRefusals } from './refusal-sampler';

/** Where a refusal or sign-in came from; never the URL's query string (it may hold search text). */
export interface AuditOrigin {
  ip?: string | null;
  correlationId?: string | null;
}

/** Window of the 401 sampling (ACCORD_AUDIT_401_WINDOW_MS, default one minute). */
const windowMs = (): number => Number(process.env['ACCORD_AUDIT_401_WINDOW_MS'] ?? 60_000);

/**
 * Authentication and authorisation outcomes into the audit trail (ASVS 16.3). Uses the app's AuditLog
 * when it provides one, else one over the app's DataSource; a service with no database only logs.
 * Writes never block or fail the request they describe. Anonymous refusals go through `recordSampled`:
 * one row per ip and route per window, plus one summary row with the count of the ones left out.
 */
@Injectable()
export class SecurityAudit implements OnModuleDestroy {
  private readonly logger = new Logger('Audit');
  private readonly log: AuditLog | null;
  private readonly sampler = new RefusalSampler({ windowMs: windowMs() });
  private readonly timer: NodeJS.Timeout;

  constructor(@Optional() auditLog?: AuditLog, @Optional() dataSource?: DataSource) {
    this.log = auditLog ?? (dataSource ? new AuditLog(dataSource) : null);
    this.timer = setInterval(() => this.flushSuppressed(), Math.max(1_000, Math.min(windowMs(), 60_000)));
    this.timer.unref();
  }

  record(entry: AuditEntry): void {
    if (this.log) this.log.recordQuietly(entry);
    else this.logger.warn(`${entry.outcome} ${entry.action} person=${entry.personId ?? '-'} organisation=${entry.organisationId ?? '-'}`);
  }

  /** For refusals anyone can provoke without a token: identical ones (same `key`) are sampled. */
  recordSampled(key: string, entry: AuditEntry): void {
    this.flushSuppressed();
    if (this.sampler.admit(key, entry)) this.record(entry);
  }

  /** Writes one summary row per closed window that left refusals out (also run by a timer). */
  flushSuppressed(): void {
    for (const s of this.sampler.take()) this.record(summary(s));
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
    this.flushSuppressed();
  }
}

function summary(s: SuppressedRefusals): AuditEntry {
  const detail = { ...(s.entry.detail ?? {}), sampled: true, suppressed: s.suppressed, from: new Date(s.from).toISOString(), to: new Date(s.to).toISOString() };
  return { ...s.entry, correlationId: null, detail };
}
