import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/** Something kept for a while only (idempotency keys, inbox rows): `purge` deletes what outlived it. */
export interface RetentionTask {
  readonly name: string;
  purge(): Promise<number>;
}

/** Runs every retention task hourly. A failed task is retried at the next round: until then it only costs space. */
export class RetentionSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly tasks: readonly RetentionTask[], private readonly everyMs = 3600_000) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.everyMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Rows deleted, by task (0 for a task that failed this round). */
  async sweep(): Promise<Record<string, number>> {
    const deleted: Record<string, number> = {};
    for (const task of this.tasks) {
      try {
        deleted[task.name] = await task.purge();
      } catch (e) {
        this.logger.warn(`${task.name}: purge failed, retried next round: ${e instanceof Error ? e.message : String(e)}`);
        deleted[task.name] = 0;
      }
    }
    return deleted;
  }
}
