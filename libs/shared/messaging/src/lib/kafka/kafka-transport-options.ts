import { Admin, AdminConfig, Consumer, ConsumerConfig, logLevel, Producer, ProducerConfig, RetryOptions } from 'kafkajs';

/** The parts of kafkajs's clients the transport uses: typed with kafkajs's own types, so an API change breaks compilation. */
export type KafkaProducerPort = Pick<Producer, 'connect' | 'sendBatch' | 'disconnect'>;
export type KafkaConsumerPort = Pick<Consumer, 'connect' | 'subscribe' | 'run' | 'disconnect'>;
export type KafkaAdminPort = Pick<Admin, 'connect' | 'createTopics' | 'disconnect'>;

/** What `new Kafka(config)` offers; a real `Kafka` instance is one. */
export interface KafkaClientFactory {
  producer(config?: ProducerConfig): KafkaProducerPort;
  consumer(config: ConsumerConfig): KafkaConsumerPort;
  admin(config?: AdminConfig): KafkaAdminPort;
}

/** Backoff between in-process attempts of a failing handler, before it is dead-lettered. */
export interface HandlerRetryOptions {
  /** Delay before the 2nd attempt (default 200 ms); doubled for each next one. */
  readonly initialMs?: number;
  /** Upper bound of one delay (default 5 s). */
  readonly maxMs?: number;
}

export interface KafkaConsumerTuning {
  /** Broker drops a member that sent no heartbeat for this long (default 30 s; the broker's minimum is 6 s). */
  readonly sessionTimeout?: number;
  readonly heartbeatInterval?: number;
  /** Longest a fetch waits for data (kafkajs default 5 s). */
  readonly maxWaitTimeInMs?: number;
}

export interface KafkaTransportOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** A Kafka-like client (tests); default `new Kafka({ brokers, clientId, retry, connectionTimeout, ... })`. */
  readonly kafka?: KafkaClientFactory;
  /**
   * kafkajs's retry of connections and requests. Default: 8 retries from 300 ms, exponential, capped at 30 s
   * (about a minute in all). Tests against a dead broker pass `{ retries: 0 }`.
   */
  readonly retry?: RetryOptions;
  /** TCP connect timeout in ms (kafkajs default 1000). */
  readonly connectionTimeout?: number;
  readonly requestTimeout?: number;
  /** Topics created at `start()` (each with its `.dlq`); topics first seen by publish/subscribe are created then. */
  readonly topics?: readonly string[];
  /** Partitions of a topic this transport creates (default 6). */
  readonly partitions?: number;
  /** Replication factor of a topic this transport creates (default 1: single broker; use 3 on a real cluster). */
  readonly replicationFactor?: number;
  readonly handlerRetry?: HandlerRetryOptions;
  readonly consumer?: KafkaConsumerTuning;
  /** kafkajs's own log level when the transport builds the client (default WARN). */
  readonly logLevel?: logLevel;
}

export const KAFKA_DEFAULT_RETRY: RetryOptions = { initialRetryTime: 300, retries: 8, maxRetryTime: 30_000 };
export const KAFKA_DEFAULT_PARTITIONS = 6;
export const KAFKA_DEFAULT_MAX_ATTEMPTS = 5;
