import { Kafka, logLevel, Partitioners, TopicMessages } from 'kafkajs';
import { EventTransport, OutgoingMessage, Subscription } from '../transport/event-transport';
import { deadLetterTopic } from './dead-letter-topic';
import { DeadLetterRecord, KafkaGroupConsumer } from './kafka-group-consumer';
import { encodeMessage } from './kafka-message-codec';
import { KafkaTopicRegistry } from './kafka-topic-registry';
import { KafkaTransportError } from './kafka-transport-error';
import {
  KAFKA_DEFAULT_PARTITIONS,
  KAFKA_DEFAULT_RETRY,
  KafkaAdminPort,
  KafkaClientFactory,
  KafkaProducerPort,
  KafkaTransportOptions,
} from './kafka-transport-options';

/** -1 = all in-sync replicas: `publish()` resolves only when the record survives the leader's loss. */
const ACKS_ALL = -1;

interface Connected {
  readonly producer: KafkaProducerPort;
  readonly admin: KafkaAdminPort;
}

/**
 * The distributed transport: Kafka through kafkajs, behind the same `EventTransport` contract as the
 * embedded log. Idempotent producer (acks all, one request in flight: no duplicates or reordering from
 * producer retries), key = aggregate id, one kafkajs consumer per consumer group, in-process retries
 * with backoff, then `<topic>.dlq`.
 */
export class KafkaTransport implements EventTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: KafkaClientFactory;
  private readonly topics: KafkaTopicRegistry;
  private readonly consumers = new Map<string, KafkaGroupConsumer>();
  private connecting: Promise<Connected> | null = null;
  private connected: Connected | null = null;

  constructor(private readonly options: KafkaTransportOptions) {
    if (options.brokers.length === 0 && !options.kafka) throw new KafkaTransportError('KafkaTransport needs at least one broker');
    this.kafka = options.kafka ?? this.createClient();
    this.topics = new KafkaTopicRegistry(() => this.require().admin, {
      partitions: options.partitions ?? KAFKA_DEFAULT_PARTITIONS,
      replicationFactor: options.replicationFactor ?? 1,
    });
  }

  /** Connects the producer and the admin client and creates the declared topics (+ `.dlq`). Idempotent. */
  async start(): Promise<void> {
    if (this.connected) return;
    this.connecting ??= this.connect();
    try {
      this.connected = await this.connecting;
    } finally {
      this.connecting = null;
    }
  }

  async stop(): Promise<void> {
    const consumers = [...this.consumers.values()];
    this.consumers.clear();
    await Promise.all(consumers.map((c) => c.stop()));
    await this.disconnectClients();
  }

  /** Test hook: behave as if the process died — running handlers are abandoned unacknowledged, connections dropped. */
  async crash(): Promise<void> {
    const consumers = [...this.consumers.values()];
    this.consumers.clear();
    await Promise.all(consumers.map((c) => c.crash()));
    await this.disconnectClients();
  }

  /** Creates the topics (and their `.dlq`) that do not exist yet. */
  async ensureTopics(topics: readonly string[]): Promise<void> {
    this.require();
    await this.topics.ensure(topics);
  }

  /** One `sendBatch` for all messages, grouped by topic; resolves after every in-sync replica acknowledged. */
  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const { producer } = this.require();
    const byTopic = new Map<string, TopicMessages>();
    for (const m of messages) {
      const group = byTopic.get(m.topic) ?? { topic: m.topic, messages: [] };
      group.messages.push(encodeMessage(m));
      byTopic.set(m.topic, group);
    }
    await this.topics.ensure([...byTopic.keys()]);
    await producer.sendBatch({ topicMessages: [...byTopic.values()], acks: ACKS_ALL });
  }

  async subscribe(subscription: Subscription): Promise<void> {
    this.require();
    if (this.consumers.has(subscription.group)) {
      throw new KafkaTransportError(`consumer group ${subscription.group} is already subscribed in this process (one kafkajs consumer per group)`);
    }
    await this.topics.ensure(subscription.topics);
    const tuning = this.options.consumer ?? {};
    const consumer = new KafkaGroupConsumer({
      consumer: this.kafka.consumer({ groupId: subscription.group, allowAutoTopicCreation: false, retry: this.retry(), ...tuning }),
      subscription,
      deadLetter: (record) => this.produceDeadLetter(record),
      retry: this.options.handlerRetry,
    });
    this.consumers.set(subscription.group, consumer);
    try {
      await consumer.start();
    } catch (error) {
      this.consumers.delete(subscription.group);
      await consumer.stop().catch(() => undefined); // the start error below is the one that matters
      throw new KafkaTransportError(`consumer group ${subscription.group} could not start on ${this.brokerList()}: ${messageOf(error)}`, { cause: error });
    }
  }

  private async produceDeadLetter(record: DeadLetterRecord): Promise<void> {
    const { producer } = this.require();
    const topic = deadLetterTopic(record.topic);
    await this.topics.ensure([topic]);
    await producer.sendBatch({ topicMessages: [{ topic, messages: [{ key: record.key, value: record.value, headers: record.headers }] }], acks: ACKS_ALL });
  }

  private async connect(): Promise<Connected> {
    let clients: Connected | null = null;
    try {
      clients = { producer: this.createProducer(), admin: this.kafka.admin({ retry: this.retry() }) };
      const { producer, admin } = clients;
      await Promise.all([producer.connect(), admin.connect()]);
      this.connected = clients;
      await this.topics.ensure(this.options.topics ?? []);
      return this.connected;
    } catch (error) {
      this.connected = null;
      this.topics.reset();
      if (clients) await Promise.allSettled([clients.producer.disconnect(), clients.admin.disconnect()]);
      throw new KafkaTransportError(`Kafka transport could not start (brokers ${this.brokerList()}): ${messageOf(error)}`, { cause: error });
    }
  }

  private createProducer(): KafkaProducerPort {
    const retry = this.retry();
    return this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: false,
      // kafkajs refuses an idempotent producer without retries. They are bounded (not kafkajs's infinite
      // default) so a publish to a dead cluster rejects and the relay backs off; a duplicate this may
      // cause is absorbed by the consumers' inbox (never rely on exactly-once from the broker).
      retry: { ...retry, retries: Math.max(1, retry.retries ?? 5) },
    });
  }

  private async disconnectClients(): Promise<void> {
    const connected = this.connected;
    this.connected = null;
    this.topics.reset();
    if (connected) await Promise.all([connected.producer.disconnect(), connected.admin.disconnect()]);
  }

  private require(): Connected {
    if (!this.connected) throw new KafkaTransportError('KafkaTransport is not started: call start() first');
    return this.connected;
  }

  private retry() {
    return this.options.retry ?? KAFKA_DEFAULT_RETRY;
  }

  private brokerList(): string {
    return this.options.brokers.join(',') || '(client supplied)';
  }

  private createClient(): Kafka {
    return new Kafka({
      clientId: this.options.clientId,
      brokers: [...this.options.brokers],
      retry: this.retry(),
      connectionTimeout: this.options.connectionTimeout,
      requestTimeout: this.options.requestTimeout,
      logLevel: this.options.logLevel ?? logLevel.WARN,
    });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
