import { DataSource } from 'typeorm';
import { EventTransport } from '../transport/event-transport';
import { OutboxRelayOptions } from '../outbox/outbox-relay';
import { EmbeddedTransportOptions } from '../embedded/embedded-transport';
import { ConsumerHostOptions } from '../inbox/event-consumer-host';

export interface MessagingModuleOptions {
  /** Names the outbox, the relay lease and the consumer group. */
  readonly serviceName: string;
  /** True on the embedded database (PGlite): no LISTEN/NOTIFY there, in-process wake-ups only. */
  readonly embedded?: boolean;
  /** Pluggable transport (e.g. Kafka); default EmbeddedTransport on the app's DataSource. */
  readonly transportFactory?: (dataSource: DataSource) => EventTransport;
  readonly embeddedTransport?: Omit<EmbeddedTransportOptions, 'listen'>;
  readonly relay?: Omit<OutboxRelayOptions, 'outbox'>;
  readonly consumers?: ConsumerHostOptions;
  /** How long inbox rows are kept (default DEFAULT_INBOX_RETENTION_DAYS). */
  readonly inboxRetentionDays?: number;
  /** Default true. False leaves relay, transport and consumers stopped (tests drive them by hand). */
  readonly autoStart?: boolean;
}
