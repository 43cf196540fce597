import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { Lease } from '@accord/shared/messaging';
import { backoffDelayMs, signWebhookBody } from '@accord/subscriptions/domain';
import { returnedRows } from '../persistence/returned-rows';
import { DnsWebhookAddressGuard } from '../webhooks/dns-webhook-address.guard';
import { WebhookSecrets } from '../webhooks/webhook-secrets';
import { DispatcherSettings, dispatcherSettings } from './dispatcher-settings';
import { postJson } from './post-json';

interface DueDelivery {
  id: string;
  event_id: string;
  body: string;
  attempts: number;
  url: string;
  webhook_id: string;
  secret: string;
  secret_key_id: string | null;
}

const MAX_ERROR = 500;

/**
 * Sends queued webhook deliveries. One dispatcher at a time holds the lease; each attempt is claimed
 * in the database before the POST (attempts + 1, next try already scheduled), so a crash mid-request
 * means a retry after the backoff, and a restarted or successor instance carries on from the rows:
 * retries survive restarts and a succeeded delivery is never sent again.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('WebhookDispatcher');
  private readonly settings: DispatcherSettings = dispatcherSettings();
  private readonly lease: Lease;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = true;
  private again = false;

  constructor(
    private readonly db: DataSource,
    private readonly guard: DnsWebhookAddressGuard,
    private readonly secrets: WebhookSecrets,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.lease = new Lease(db, 'subscriptions.webhook-dispatcher', randomUUID(), 30_000);
  }

  onApplicationBootstrap(): void {
    if (this.settings.pollMs === 0) return;
    this.stopped = false;
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => 0);
    await this.lease.release().catch((e: unknown) => this.log.warn(`lease release failed: ${String(e)}`));
  }

  /** New deliveries were queued: send them now rather than at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.loop();
    }
  }

  /** One pass over the due deliveries; returns how many were attempted. */
  async tick(): Promise<number> {
    if (!(await this.lease.hold())) return 0;
    const due: DueDelivery[] = await this.db.query(
      `SELECT d.id, d.event_id, d.body, d.attempts, w.url, w.id AS webhook_id, w.secret, w.secret_key_id FROM subscriptions.delivery d JOIN subscriptions.webhook w ON w.id = d.webhook_id
       WHERE d.status = 'pending' AND w.active AND d.next_attempt_at <= $1 ORDER BY d.next_attempt_at, d.id LIMIT ${this.settings.batch}`,
      [this.clock.now()],
    );
    let attempted = 0;
    for (const d of due) if (await this.attempt(d)) attempted += 1;
    return attempted;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => this.loop(), this.settings.pollMs);
    this.timer.unref();
  }

  private loop(): void {
    this.timer = null;
    this.running = this.tick().catch((e: unknown) => {
      this.log.error(`delivery pass failed: ${e instanceof Error ? e.message : String(e)}`);
      return 0;
    });
    void this.running.then(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        this.loop();
      } else this.schedule();
    });
  }

  private async attempt(d: DueDelivery): Promise<boolean> {
    const now = this.clock.now();
    const attempt = d.attempts + 1;
    const nextAt = new Date(now.getTime() + backoffDelayMs(attempt, { baseMs: this.settings.baseBackoffMs, maxMs: this.settings.maxBackoffMs }));
    const claimed: unknown = await this.db.query(
      `UPDATE subscriptions.delivery SET attempts = $3, last_attempt_at = $4, next_attempt_at = $5 WHERE id = $1 AND status = 'pending' AND attempts = $2 RETURNING id`,
      [d.id, d.attempts, attempt, now, nextAt],
    );
    if (returnedRows(claimed).length === 0) return false;
    const outcome = await this.send(d);
    if (outcome.ok) {
      await this.db.query(`UPDATE subscriptions.delivery SET status = 'succeeded', last_status = $2, last_error = NULL, delivered_at = $3 WHERE id = $1`, [d.id, outcome.status, this.clock.now()]);
    } else {
      const status = attempt >= this.settings.maxAttempts ? 'failed' : 'pending';
      await this.db.query(`UPDATE subscriptions.delivery SET status = $2, last_status = $3, last_error = $4 WHERE id = $1`, [d.id, status, outcome.status, outcome.error.slice(0, MAX_ERROR)]);
    }
    return true;
  }

  private async send(d: DueDelivery): Promise<{ ok: true; status: number } | { ok: false; status: number | null; error: string }> {
    try {
      const address = await this.guard.deliverableAddress(d.url);
      const secret = this.secrets.open({ id: d.webhook_id, secret: d.secret, secret_key_id: d.secret_key_id });
      const signature = signWebhookBody(secret, Math.floor(Date.now() / 1000), d.body);
      const res = await postJson(d.url, address, d.body, { 'accord-signature': signature, 'accord-event-id': d.event_id }, this.settings.timeoutMs);
      return res.status >= 200 && res.status < 300 ? { ok: true, status: res.status } : { ok: false, status: res.status, error: `HTTP ${res.status}` };
    } catch (e) {
      return { ok: false, status: null, error: e instanceof Error ? e.message : String(e) };
    }
  }
}
