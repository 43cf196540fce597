import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConsularRequestRepository, ConsularSettings, EscalateOverdueConsularRequestCommand, PurgeConsularCaseDataCommand } from '@accord/consular/application';
import { CLOCK, Clock, CommandContext } from '@accord/shared/kernel';
import { TransactionalCommandBus, UnitOfWork } from '@accord/shared/messaging';
import { CONSULAR_SCHEDULER_INTERVAL } from './consular-scheduler.tokens';

const SYSTEM: CommandContext['actor'] = { personId: 'system:consular-scheduler', organisationId: 'accord-platform', roles: [] };

/**
 * Escalates unanswered requests and purges case data past retention. Restart-safe by construction:
 * deadlines and closing times live in the database, so a tick after a restart finds whatever fell
 * due while the service was down. Several instances may tick at once; optimistic versions make one
 * of them win and the others log a conflict.
 */
@Injectable()
export class ConsularScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(ConsularScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly bus: TransactionalCommandBus,
    private readonly uow: UnitOfWork,
    private readonly requests: ConsularRequestRepository,
    private readonly settings: ConsularSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONSULAR_SCHEDULER_INTERVAL) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    if (this.intervalMs <= 0) return;
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.tick().finally(() => (this.running = null));
    }, this.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async tick(): Promise<{ escalated: number; purged: number }> {
    const now = this.clock.now();
    const overdue = await this.uow.run(() => this.requests.overdue(now, 100));
    const escalated = await this.each(overdue, (id, context) => new EscalateOverdueConsularRequestCommand(context, id));
    const purgeable = await this.uow.run(() => this.requests.purgeable(new Date(now.getTime() - this.settings.retentionMs), 100));
    const purged = await this.each(purgeable, (id, context) => new PurgeConsularCaseDataCommand(context, id));
    return { escalated, purged };
  }

  private async each(ids: readonly string[], command: (id: string, context: CommandContext) => object): Promise<number> {
    let done = 0;
    for (const id of ids) {
      try {
        await this.bus.execute(command(id, { actor: SYSTEM, correlationId: `consular-scheduler:${id}` }));
        done += 1;
      } catch (e) {
        this.log.warn(`consular request ${id}: ${e instanceof Error ? e.name : 'error'} (${e instanceof Error ? e.message : String(e)}); retried next tick`);
      }
    }
    return done;
  }
}
