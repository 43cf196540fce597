import { EventEnvelope } from '@accord/shared/contracts';

/** One event on its way to a transport: the topic is the envelope's stream, the key its aggregate id. */
export interface OutgoingMessage {
  readonly topic: string;
  readonly key: string;
  readonly envelope: EventEnvelope;
  /** Transport metadata (string values, as Kafka headers), e.g. the dead-letter reason. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** One event as a consumer group receives it. */
export interface DeliveredMessage {
  readonly topic: string;
  readonly key: string;
  readonly envelope: EventEnvelope;
  /** 1 on first delivery to this handler in this process, +1 on each retry of it. */
  readonly attempt: number;
  /** Transport-specific position (log position, or partition:offset), for logs and metrics. */
  readonly position: string;
  /** Headers it was published with; a dead letter carries reason, group, attempts, originalPosition. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Subscription {
  /** Consumer group: every group gets every event; within a group each event is handled once (at least once). */
  readonly group: string;
  readonly topics: readonly string[];
  /** Resolve to acknowledge; reject to retry. After `maxAttempts` rejections the event is dead-lettered. */
  handle(message: DeliveredMessage): Promise<void>;
  /**
   * Optional: several messages at once, all or nothing (one transaction for the lot). A transport may
   * call it with a batch in order; when it rejects, the transport hands the same messages to `handle`
   * one by one, so retries and dead-lettering stay per message.
   */
  handleBatch?(messages: readonly DeliveredMessage[]): Promise<void>;
  /** Default 5. */
  readonly maxAttempts?: number;
}

export interface DeadLetter {
  readonly topic: string;
  readonly key: string;
  readonly envelope: EventEnvelope;
  readonly group: string;
  readonly reason: string;
  readonly attempts: number;
}

/**
 * The contract both transports keep (embedded PostgreSQL log and Kafka), proven by one shared suite:
 * order per key, redelivery of what was not acknowledged, no loss across restart, dead-lettering to
 * `<topic>.dlq`, and every consumer group getting every event.
 */
export interface EventTransport {
  readonly kind: 'embedded' | 'kafka';
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves only once every message is durably stored by the transport (the relay's ack). */
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<void>;
  /**
   * Optional, for a transport that lives in the outbox's own database: moves up to `limit` unpublished
   * rows of `outbox` (id order) into the transport and marks them published, atomically, in one step.
   * Returns how many moved. The relay uses it instead of read, publish, mark when it is there.
   */
  publishFromOutbox?(outbox: string, limit: number): Promise<number>;
}
