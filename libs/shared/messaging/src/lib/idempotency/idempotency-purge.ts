import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IdempotencyStore } from './idempotency-store';

/** Deletes keys older than their time to live, hourly. */
export class IdempotencyPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly store: IdempotencyStore, private readonly everyMs = 3600_000) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), this.everyMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async purge(): Promise<number> {
    try {
      return await this.store.purge();
    } catch (e) {
      // The next round retries; an unpurged key only costs space.
      this.logger.warn(`idempotency purge failed: ${e instanceof Error ? e.message : String(e)}`);
      return 0;
    }
  }
}
