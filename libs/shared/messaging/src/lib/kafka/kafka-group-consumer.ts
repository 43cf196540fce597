import { EachMessagePayload, KafkaJSNonRetriableError } from 'kafkajs';
import { DeliveredMessage, Subscription } from '../transport/event-transport';
import { decodeHeaders, decodeMessage } from './kafka-message-codec';
import { KAFKA_DEFAULT_MAX_ATTEMPTS, HandlerRetryOptions, KafkaConsumerPort } from './kafka-transport-options';

/** A record the handler kept rejecting (or that could not be decoded), as it goes to `<topic>.dlq`. */
export interface DeadLetterRecord {
  readonly topic: string;
  readonly key: string | null;
  /** The original value, byte for byte. */
  readonly value: Buffer | null;
  /** The original headers plus reason, group, attempts and the original topic/partition/offset. */
  readonly headers: Record<string, string>;
}

export interface KafkaGroupConsumerDeps {
  readonly consumer: KafkaConsumerPort;
  readonly subscription: Subscription;
  /** Durably stores the dead letter (resolves after the broker acked); a rejection leaves the record unacknowledged. */
  readonly deadLetter: (record: DeadLetterRecord) => Promise<void>;
  readonly retry?: HandlerRetryOptions;
}

const MAX_REASON_LENGTH = 1_000;

/**
 * One kafkajs consumer for one consumer group. Offsets: kafkajs's default auto-commit, which only
 * resolves a record's offset after `eachMessage` resolved — so a record is acknowledged only once its
 * handler succeeded or it was dead-lettered; a crash before that means redelivery (at least once).
 */
export class KafkaGroupConsumer {
  private halted = false;
  private readonly wakeSleepers = new Set<() => void>();
  private readonly abandonInFlight = new Set<(error: Error) => void>();

  constructor(private readonly deps: KafkaGroupConsumerDeps) {}

  get group(): string {
    return this.deps.subscription.group;
  }

  async start(): Promise<void> {
    const { consumer, subscription } = this.deps;
    await consumer.connect();
    // A group seen for the first time starts at the beginning; a known group resumes at its committed offsets.
    await consumer.subscribe({ topics: [...subscription.topics], fromBeginning: true });
    await consumer.run({ autoCommit: true, partitionsConsumedConcurrently: 1, eachMessage: (payload) => this.onMessage(payload) });
  }

  /** Graceful: a handler that is running finishes (and is acknowledged); a retry waiting in backoff is given up, unacknowledged. */
  async stop(): Promise<void> {
    this.halt(false);
    await this.deps.consumer.disconnect();
  }

  /** As if the process died: handlers still running are abandoned unacknowledged, then the connections are dropped. */
  async crash(): Promise<void> {
    this.halt(true);
    await this.deps.consumer.disconnect();
  }

  /** kafkajs's `eachMessage`: resolves once the record is handled or dead-lettered, rejects to leave it unacknowledged. */
  async onMessage(payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message } = payload;
    const position = `${partition}:${message.offset}`;
    const decoded = decodeMessage(message);
    if (!decoded.ok) return this.deadLetter(payload, decoded.reason, 0);
    const maxAttempts = Math.max(1, this.deps.subscription.maxAttempts ?? KAFKA_DEFAULT_MAX_ATTEMPTS);
    for (let attempt = 1; ; attempt++) {
      this.throwIfHalted(position);
      try {
        const delivered: DeliveredMessage = { topic, key: decoded.key, envelope: decoded.envelope, attempt, position, headers: decoded.headers };
        await this.unlessAbandoned(this.deps.subscription.handle(delivered));
        return;
      } catch (error) {
        this.throwIfHalted(position); // a crash abandons the handler: its rejection must not count as an attempt
        if (attempt >= maxAttempts) return this.deadLetter(payload, reasonOf(error), attempt);
        await this.sleep(this.backoffMs(attempt));
        this.throwIfHalted(position);
        await payload.heartbeat();
      }
    }
  }

  private async deadLetter({ topic, partition, message }: EachMessagePayload, reason: string, attempts: number): Promise<void> {
    await this.deps.deadLetter({
      topic,
      key: message.key?.toString('utf8') ?? null,
      value: message.value,
      headers: {
        ...decodeHeaders(message.headers),
        reason: reason.slice(0, MAX_REASON_LENGTH),
        group: this.group,
        attempts: String(attempts),
        originalTopic: topic,
        originalPartition: String(partition),
        originalOffset: message.offset,
        originalPosition: `${partition}:${message.offset}`,
      },
    });
  }

  private halt(abandonRunningHandlers: boolean): void {
    this.halted = true;
    this.wakeSleepers.forEach((wake) => wake());
    if (!abandonRunningHandlers) return;
    const error = new KafkaJSNonRetriableError(`consumer group ${this.group} crashed: its handler was abandoned`);
    this.abandonInFlight.forEach((abandon) => abandon(error));
  }

  // Non-retriable so kafkajs stops this consumer's fetch loop instead of retrying; the record stays uncommitted.
  private throwIfHalted(position: string): void {
    if (this.halted) throw new KafkaJSNonRetriableError(`consumer group ${this.group} halted: record ${position} was not acknowledged`);
  }

  private unlessAbandoned(handled: Promise<void>): Promise<void> {
    let abandon: (error: Error) => void = () => undefined;
    const abandoned = new Promise<never>((_, reject) => {
      abandon = reject;
      this.abandonInFlight.add(reject);
    });
    return Promise.race([handled, abandoned]).finally(() => this.abandonInFlight.delete(abandon));
  }

  private backoffMs(attempt: number): number {
    const initial = this.deps.retry?.initialMs ?? 200;
    const max = this.deps.retry?.maxMs ?? 5_000;
    return Math.min(max, initial * 2 ** (attempt - 1));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakeSleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakeSleepers.add(wake);
    });
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
