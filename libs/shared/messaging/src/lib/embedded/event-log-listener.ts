import { Logger } from '@nestjs/common';
import { Client, ClientConfig } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

export const EVENT_LOG_CHANNEL = 'accord_event_log';
const RECONNECT_MS = 1_000;

/** The `pg` settings of a TypeORM postgres DataSource, for a dedicated connection outside its pool. */
export function clientConfigOf(dataSource: DataSource): ClientConfig {
  const o = dataSource.options as PostgresOptions;
  const password = typeof o.password === 'string' ? o.password : undefined;
  return { connectionString: o.url, host: o.host, port: o.port, user: o.username, password, database: o.database, application_name: 'accord-listen' };
}

/**
 * LISTEN on a dedicated connection (a pooled one would be handed to other queries) and turn each
 * notification into a wake-up. Only a latency optimisation: consumers still poll, so a dropped
 * connection costs at most one poll interval; it reconnects in the background.
 */
export class EventLogListener {
  private readonly log = new Logger(EventLogListener.name);
  private client: Client | null = null;
  private stopped = true;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: ClientConfig,
    /** `from`: the notifying transport's owner id (never event data), or undefined for a catch-up wake. */
    private readonly onNotify: (from?: string) => void,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch((e: unknown) => this.log.warn(`closing the LISTEN connection failed: ${String(e)}`));
  }

  /** Test hook: drop the connection as a network failure would. */
  dropConnection(): void {
    this.client?.emit('error', new Error('connection dropped (test)'));
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    client.on('notification', (msg) => this.onNotify(msg.payload || undefined));
    client.on('error', (e: Error) => this.lost(client, e));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_LOG_CHANNEL}`);
      this.client = client;
      if (this.stopped) await this.stop();
      else this.onNotify(); // anything published while we were not listening
    } catch (e) {
      this.lost(client, e);
    }
  }

  private lost(client: Client, e: unknown): void {
    this.log.warn(`LISTEN ${EVENT_LOG_CHANNEL} connection lost, polling meanwhile: ${String(e)}`);
    if (this.client === client) this.client = null;
    client.end().catch(() => undefined); // already broken; its error was just logged
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) void this.connect();
    }, RECONNECT_MS);
  }
}
