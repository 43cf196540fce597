import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { OverdueCandidate, OverdueCandidates, RaiseFollowUpOverdueCommand } from '@accord/follow-up/application';
import { overduePeriod } from '@accord/follow-up/domain';
import { BusinessRuleViolation, CLOCK, Clock, VersionConflict } from '@accord/shared/kernel';
import { Lease, TransactionalCommandBus } from '@accord/shared/messaging';
import { OVERDUE_SETTINGS, OverdueSettings } from './overdue-settings';

const BATCH = 500;

/**
 * Raises FollowUpOverdue for every addressee past the due date without a report, once per reminder
 * period, through the command path (so the event goes through the outbox). All state is in the
 * database (obligation + reminder rows, written with the event), so a restart loses nothing and a
 * second instance, or a second scan, cannot raise the same period twice.
 */
@Injectable()
export class OverdueScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(OverdueScheduler.name);
  private readonly lease: Lease;
  private timer: NodeJS.Timeout | null = null;
  private scanning: Promise<number> | null = null;

  constructor(
    private readonly candidates: OverdueCandidates,
    private readonly bus: TransactionalCommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(OVERDUE_SETTINGS) private readonly settings: OverdueSettings,
    dataSource: DataSource,
  ) {
    this.lease = new Lease(dataSource, 'scheduler:follow-up-overdue', `overdue:${randomUUID().slice(0, 8)}`, 30_000);
  }

  onApplicationBootstrap(): void {
    if (this.settings.scanIntervalMs > 0) this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.scanning;
    await this.lease.release();
  }

  /** One pass; returns how many reminders it raised. */
  async scanOnce(): Promise<number> {
    this.scanning ??= this.scan().finally(() => (this.scanning = null));
    return this.scanning;
  }

  private async scan(): Promise<number> {
    if (!(await this.lease.hold())) return 0;
    const now = this.clock.now();
    const due = await this.candidates.dueBefore(now.toISOString().slice(0, 10), BATCH);
    let raised = 0;
    for (const candidate of due) {
      const period = overduePeriod(candidate.dueDate, now, this.settings.reminderIntervalDays);
      if (period === null || period <= candidate.lastReminderPeriod) continue;
      if (await this.raise(candidate, period)) raised += 1;
    }
    return raised;
  }

  private async raise(c: OverdueCandidate, period: number): Promise<boolean> {
    try {
      await this.bus.execute(new RaiseFollowUpOverdueCommand(c.recommendationId, c.addresseeId, period, randomUUID()));
      return true;
    } catch (e) {
      // Someone reported, or another scan raised this period, between our read and our write.
      if (e instanceof BusinessRuleViolation || e instanceof VersionConflict || isUniqueViolation(e)) {
        this.log.debug(`overdue ${c.recommendationId}/${c.addresseeId} period ${period} not raised: ${String(e)}`);
        return false;
      }
      this.log.error(`overdue ${c.recommendationId}/${c.addresseeId} period ${period} failed; the next scan retries: ${String(e)}`);
      return false;
    }
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.scanOnce()
        .catch((e: unknown) => this.log.error(`overdue scan failed; retrying at the next interval: ${String(e)}`))
        .finally(() => {
          if (this.timer) this.schedule();
        });
    }, this.settings.scanIntervalMs);
  }
}

function isUniqueViolation(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string } | undefined)?.code === '23505';
}
