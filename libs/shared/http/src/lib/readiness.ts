import { Injectable } from '@nestjs/common';

/** Set once migrations ran, demo data is in and the relay and consumers are running. */
@Injectable()
export class Readiness {
  private ready = false;
  private readonly startedAt = Date.now();
  markReady(): void {
    this.ready = true;
  }
  isReady(): boolean {
    return this.ready;
  }
  uptimeSeconds(): number {
    return Math.round((Date.now() - this.startedAt) / 1000);
  }
}
