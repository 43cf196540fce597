import { deadLetterTopic, isDeadLetterTopic } from './dead-letter-topic';
import { KafkaAdminPort } from './kafka-transport-options';

export interface TopicSettings {
  readonly partitions: number;
  readonly replicationFactor: number;
}

/**
 * Every topic keeps its events for ever (retention.ms -1 instead of the broker's 7 days): a stream is the
 * history the read models are rebuilt from, and a service that starts consuming it later (a new consumer
 * group reads from the beginning) must still find the first events, e.g. the alerts raised last month.
 */
const KEEP_FOR_EVER = [{ name: 'retention.ms', value: '-1' }];

/**
 * Creates topics explicitly (never relying on the broker's auto-creation), each with its `.dlq`,
 * once per process: a topic already on the broker is left as it is.
 */
export class KafkaTopicRegistry {
  private readonly ensured = new Map<string, Promise<void>>();

  constructor(
    private readonly admin: () => KafkaAdminPort,
    private readonly settings: TopicSettings,
  ) {}

  async ensure(topics: readonly string[]): Promise<void> {
    const wanted = [...new Set(topics.flatMap((t) => (isDeadLetterTopic(t) ? [t] : [t, deadLetterTopic(t)])))];
    const missing = wanted.filter((t) => !this.ensured.has(t));
    if (missing.length > 0) this.create(missing);
    await Promise.all(wanted.map((t) => this.ensured.get(t)));
  }

  /** Forget what was created (after a reconnect the broker may have been replaced). */
  reset(): void {
    this.ensured.clear();
  }

  private create(topics: readonly string[]): void {
    const { partitions, replicationFactor } = this.settings;
    const created = this.admin()
      .createTopics({ topics: topics.map((topic) => ({ topic, numPartitions: partitions, replicationFactor, configEntries: KEEP_FOR_EVER })), waitForLeaders: true })
      .then(() => undefined);
    topics.forEach((t) => this.ensured.set(t, created));
    // A failed creation is not remembered, so the next publish/subscribe tries again; the caller still sees the error.
    created.catch(() => topics.forEach((t) => this.ensured.get(t) === created && this.ensured.delete(t)));
  }
}
