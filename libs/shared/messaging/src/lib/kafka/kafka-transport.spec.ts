import { Admin, Consumer, ConsumerConfig, ConsumerRunConfig, ConsumerSubscribeTopics, EachMessagePayload, ITopicConfig, Kafka, KafkaMessage, Partitioners, Producer, ProducerBatch, ProducerConfig, RecordMetadata } from 'kafkajs';
import { EventEnvelope } from '@accord/shared/contracts';
import { aThingHappened } from '../../testing/thing-happened.schema';
import { DeliveredMessage } from '../transport/event-transport';
import { KafkaTransport } from './kafka-transport';
import { KafkaClientFactory, KafkaTransportOptions } from './kafka-transport-options';

// Fakes typed with kafkajs's own types: if kafkajs changes a signature the transport uses, this file stops compiling.
type ProducerFake = Pick<Producer, 'connect' | 'sendBatch' | 'disconnect'>;
type ConsumerFake = Pick<Consumer, 'connect' | 'subscribe' | 'run' | 'disconnect'>;
type AdminFake = Pick<Admin, 'connect' | 'createTopics' | 'disconnect'>;

// A real kafkajs client must fit the factory the transport accepts (compile-time check).
const realClientFits: KafkaClientFactory = new Kafka({ brokers: ['127.0.0.1:1'] });

class FakeKafka implements KafkaClientFactory {
  readonly producerConfigs: (ProducerConfig | undefined)[] = [];
  readonly consumerConfigs: ConsumerConfig[] = [];
  readonly batches: ProducerBatch[] = [];
  readonly createdTopics: ITopicConfig[][] = [];
  readonly subscriptions: (ConsumerSubscribeTopics | { topic: string | RegExp })[] = [];
  readonly runs = new Map<string, ConsumerRunConfig>();
  readonly disconnected: string[] = [];
  sendBatchImpl: (batch: ProducerBatch) => Promise<RecordMetadata[]> = async () => [];
  createTopicsImpl: () => Promise<boolean> = async () => true;
  connectImpl: () => Promise<void> = async () => undefined;

  producer(config?: ProducerConfig): ProducerFake {
    this.producerConfigs.push(config);
    return {
      connect: () => this.connectImpl(),
      sendBatch: async (batch) => {
        const result = await this.sendBatchImpl(batch);
        this.batches.push(batch);
        return result;
      },
      disconnect: async () => void this.disconnected.push('producer'),
    } satisfies ProducerFake;
  }

  consumer(config: ConsumerConfig): ConsumerFake {
    this.consumerConfigs.push(config);
    return {
      connect: async () => undefined,
      subscribe: async (subscription) => void this.subscriptions.push(subscription),
      run: async (run) => void this.runs.set(config.groupId, run ?? {}),
      disconnect: async () => void this.disconnected.push(`consumer:${config.groupId}`),
    } satisfies ConsumerFake;
  }

  admin(): AdminFake {
    return {
      connect: () => this.connectImpl(),
      createTopics: async ({ topics }) => {
        this.createdTopics.push(topics);
        return this.createTopicsImpl();
      },
      disconnect: async () => void this.disconnected.push('admin'),
    } satisfies AdminFake;
  }

  /** Calls the group's kafkajs `eachMessage` like kafkajs's runner would. */
  deliver(group: string, payload: EachMessagePayload): Promise<void> {
    const eachMessage = this.runs.get(group)?.eachMessage;
    if (!eachMessage) throw new Error(`group ${group} is not running`);
    return eachMessage(payload);
  }

  dlqBatches(): ProducerBatch[] {
    return this.batches.filter((b) => b.topicMessages?.some((t) => t.topic.endsWith('.dlq')));
  }
}

function record(envelope: EventEnvelope, offset: string, headers: KafkaMessage['headers'] = { eventId: Buffer.from(envelope.eventId) }): KafkaMessage {
  return { key: Buffer.from(envelope.aggregateId), value: Buffer.from(JSON.stringify(envelope)), timestamp: '0', attributes: 0, offset, headers: headers ?? {} };
}

function payload(topic: string, partition: number, message: KafkaMessage, heartbeat = jest.fn(async () => undefined)): EachMessagePayload {
  return { topic, partition, message, heartbeat, pause: () => () => undefined };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const settled = async (p: Promise<unknown>) => {
  let done = false;
  p.then(() => (done = true), () => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
};

describe('KafkaTransport (against kafkajs-typed fakes)', () => {
  let kafka: FakeKafka;
  const make = (extra: Partial<KafkaTransportOptions> = {}) =>
    new KafkaTransport({ brokers: ['b1:9092'], clientId: 'test', kafka, handlerRetry: { initialMs: 1, maxMs: 2 }, ...extra });

  beforeEach(() => {
    kafka = new FakeKafka();
  });

  it('accepts a real kafkajs client as its factory', () => {
    expect(typeof realClientFits.producer).toBe('function');
  });

  it('builds an idempotent producer: acks from all replicas come with one request in flight and the default partitioner', async () => {
    await make().start();
    expect(kafka.producerConfigs).toHaveLength(1);
    expect(kafka.producerConfigs[0]).toMatchObject({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    expect(kafka.producerConfigs[0]?.createPartitioner).toBe(Partitioners.DefaultPartitioner);
    expect(kafka.producerConfigs[0]?.retry?.retries).toBeGreaterThanOrEqual(1);
  });

  it('keeps at least one producer retry even when connection retries are off (kafkajs refuses an idempotent producer without)', async () => {
    await make({ retry: { retries: 0 } }).start();
    expect(kafka.producerConfigs[0]?.retry).toMatchObject({ retries: 1 });
  });

  // Streams are the history read models are rebuilt from: never the broker's default 7-day retention.
  const keptForEver = [{ name: 'retention.ms', value: '-1' }];

  it('start() is idempotent and creates the declared topics with their .dlq, kept for ever', async () => {
    const t = make({ topics: ['accord.commitments.commitment', 'accord.identity.person'] });
    await t.start();
    await t.start();
    expect(kafka.producerConfigs).toHaveLength(1);
    expect(kafka.createdTopics).toEqual([
      [
        { topic: 'accord.commitments.commitment', numPartitions: 6, replicationFactor: 1, configEntries: keptForEver },
        { topic: 'accord.commitments.commitment.dlq', numPartitions: 6, replicationFactor: 1, configEntries: keptForEver },
        { topic: 'accord.identity.person', numPartitions: 6, replicationFactor: 1, configEntries: keptForEver },
        { topic: 'accord.identity.person.dlq', numPartitions: 6, replicationFactor: 1, configEntries: keptForEver },
      ],
    ]);
  });

  it('ensureTopics creates only what is new, never a .dlq of a .dlq, and retries a failed creation', async () => {
    const t = make({ partitions: 3, replicationFactor: 3 });
    await t.start();
    await t.ensureTopics(['a.b.c', 'a.b.c']);
    await t.ensureTopics(['a.b.c', 'a.b.c.dlq']);
    expect(kafka.createdTopics).toEqual([[{ topic: 'a.b.c', numPartitions: 3, replicationFactor: 3, configEntries: keptForEver }, { topic: 'a.b.c.dlq', numPartitions: 3, replicationFactor: 3, configEntries: keptForEver }]]);

    kafka.createTopicsImpl = async () => {
      throw new Error('controller unavailable');
    };
    await expect(t.ensureTopics(['x.y.z'])).rejects.toThrow('controller unavailable');
    kafka.createTopicsImpl = async () => true;
    await t.ensureTopics(['x.y.z']);
    expect(kafka.createdTopics.slice(1).map((call) => call.map((c) => c.topic))).toEqual([
      ['x.y.z', 'x.y.z.dlq'],
      ['x.y.z', 'x.y.z.dlq'],
    ]);
  });

  it('publish() sends one batch grouped by topic: key = aggregate id, value = envelope JSON, envelope headers, acks -1', async () => {
    const t = make();
    await t.start();
    const a1 = aThingHappened('a', 1, 'accord.test.one');
    const b1 = aThingHappened('b', 1, 'accord.test.two');
    const a2 = { ...aThingHappened('a', 2, 'accord.test.one'), causationId: 'cause-1' };
    await t.publish([a1, b1, a2].map((envelope) => ({ topic: envelope.stream, key: envelope.aggregateId, envelope, headers: { note: 'x' } })));

    expect(kafka.batches).toHaveLength(1);
    const [batch] = kafka.batches;
    expect(batch.acks).toBe(-1);
    expect(batch.topicMessages?.map((tm) => [tm.topic, tm.messages.length])).toEqual([
      ['accord.test.one', 2],
      ['accord.test.two', 1],
    ]);
    const [first, second] = batch.topicMessages?.[0].messages ?? [];
    expect(first.key).toBe('a');
    expect(JSON.parse(String(first.value))).toEqual(a1);
    expect(first.headers).toEqual({
      note: 'x',
      eventId: a1.eventId,
      type: 'ThingHappened',
      version: '1',
      aggregateId: 'a',
      aggregateVersion: '1',
      correlationId: a1.correlationId,
      occurredAt: a1.occurredAt,
      ...(a1.causationId === null ? {} : { causationId: a1.causationId }),
    });
    expect(second.headers).toMatchObject({ aggregateVersion: '2', causationId: 'cause-1' });
    expect(kafka.createdTopics.flat().map((c) => c.topic)).toEqual(['accord.test.one', 'accord.test.one.dlq', 'accord.test.two', 'accord.test.two.dlq']);
  });

  it('publish() resolves only after the broker acknowledged, and rejects when it did not', async () => {
    const t = make();
    await t.start();
    const ack = deferred<RecordMetadata[]>();
    kafka.sendBatchImpl = () => ack.promise;
    const envelope = aThingHappened('a', 1);
    const publishing = t.publish([{ topic: envelope.stream, key: 'a', envelope }]);
    expect(await settled(publishing)).toBe(false);
    ack.resolve([{ topicName: envelope.stream, partition: 0, errorCode: 0 }]);
    await expect(publishing).resolves.toBeUndefined();

    kafka.sendBatchImpl = async () => {
      throw new Error('NOT_ENOUGH_REPLICAS');
    };
    await expect(t.publish([{ topic: envelope.stream, key: 'a', envelope }])).rejects.toThrow('NOT_ENOUGH_REPLICAS');
  });

  it('refuses to publish or subscribe before start()', async () => {
    const t = make();
    const envelope = aThingHappened('a', 1);
    await expect(t.publish([{ topic: envelope.stream, key: 'a', envelope }])).rejects.toThrow('not started');
    await expect(t.subscribe({ group: 'g', topics: ['t'], handle: async () => undefined })).rejects.toThrow('not started');
  });

  describe('subscribe()', () => {
    const topic = 'accord.test.thing';
    let t: KafkaTransport;
    let got: DeliveredMessage[];

    beforeEach(async () => {
      t = make();
      await t.start();
      got = [];
    });

    it('runs one kafkajs consumer per group, from the beginning for a new group, with auto-commit after eachMessage resolved', async () => {
      await t.subscribe({ group: 'projector', topics: [topic], handle: async (m) => void got.push(m) });
      expect(kafka.consumerConfigs).toEqual([expect.objectContaining({ groupId: 'projector', allowAutoTopicCreation: false })]);
      expect(kafka.subscriptions).toEqual([{ topics: [topic], fromBeginning: true }]);
      expect(kafka.runs.get('projector')).toMatchObject({ autoCommit: true, partitionsConsumedConcurrently: 1 });
      await expect(t.subscribe({ group: 'projector', topics: [topic], handle: async () => undefined })).rejects.toThrow('already subscribed');
    });

    it('decodes a record into a DeliveredMessage and acknowledges it when the handler resolved, with no dead letter', async () => {
      await t.subscribe({ group: 'g', topics: [topic], handle: async (m) => void got.push(m) });
      const envelope = aThingHappened('agg-1', 1);
      await expect(kafka.deliver('g', payload(topic, 2, record(envelope, '41')))).resolves.toBeUndefined();
      expect(got).toEqual([{ topic, key: 'agg-1', envelope, attempt: 1, position: '2:41', headers: { eventId: envelope.eventId } }]);
      expect(kafka.dlqBatches()).toEqual([]);
    });

    it('retries a rejecting handler in process (heartbeating), and does not dead-letter when a retry succeeds', async () => {
      const attempts: number[] = [];
      await t.subscribe({
        group: 'g',
        topics: [topic],
        maxAttempts: 3,
        handle: async (m) => {
          attempts.push(m.attempt);
          if (m.attempt < 2) throw new Error('database busy');
        },
      });
      const heartbeat = jest.fn(async () => undefined);
      await kafka.deliver('g', payload(topic, 0, record(aThingHappened('a', 1), '7'), heartbeat));
      expect(attempts).toEqual([1, 2]);
      expect(heartbeat).toHaveBeenCalledTimes(1);
      expect(kafka.dlqBatches()).toEqual([]);
    });

    it('dead-letters to <topic>.dlq after maxAttempts with reason, group, attempts and the original position, then resolves', async () => {
      const attempts: number[] = [];
      await t.subscribe({
        group: 'board',
        topics: [topic],
        maxAttempts: 3,
        handle: async (m) => {
          attempts.push(m.attempt);
          throw new Error('poison: cannot apply');
        },
      });
      const envelope = aThingHappened('a', 1);
      const message = record(envelope, '99', { eventId: Buffer.from(envelope.eventId), type: 'ThingHappened' });
      await expect(kafka.deliver('board', payload(topic, 4, message))).resolves.toBeUndefined();

      expect(attempts).toEqual([1, 2, 3]);
      const [dlq] = kafka.dlqBatches();
      expect(dlq.acks).toBe(-1);
      expect(dlq.topicMessages).toEqual([
        {
          topic: `${topic}.dlq`,
          messages: [
            {
              key: 'a',
              value: message.value,
              headers: {
                eventId: envelope.eventId,
                type: 'ThingHappened',
                reason: 'Error: poison: cannot apply',
                group: 'board',
                attempts: '3',
                originalTopic: topic,
                originalPartition: '4',
                originalOffset: '99',
                originalPosition: '4:99',
              },
            },
          ],
        },
      ]);
    });

    it('dead-letters an undecodable record at once without calling the handler', async () => {
      const handle = jest.fn(async () => undefined);
      await t.subscribe({ group: 'g', topics: [topic], handle });
      const garbage: KafkaMessage = { key: null, value: Buffer.from('{not json'), timestamp: '0', attributes: 0, offset: '3', headers: {} };
      await kafka.deliver('g', payload(topic, 0, garbage));
      expect(handle).not.toHaveBeenCalled();
      const headers = kafka.dlqBatches()[0].topicMessages?.[0].messages[0].headers;
      expect(headers).toMatchObject({ attempts: '0', group: 'g', originalPosition: '0:3' });
      expect(String(headers?.['reason'])).toMatch(/^undecodable: the value is not JSON/);
    });

    it('leaves the record unacknowledged (eachMessage rejects) when the dead letter cannot be stored', async () => {
      await t.subscribe({
        group: 'g',
        topics: [topic],
        maxAttempts: 1,
        handle: async () => {
          throw new Error('poison');
        },
      });
      kafka.sendBatchImpl = async () => {
        throw new Error('broker down');
      };
      await expect(kafka.deliver('g', payload(topic, 0, record(aThingHappened('a', 1), '1')))).rejects.toThrow('broker down');
    });

    it('crash(): a handler still running is abandoned and its record is not acknowledged', async () => {
      await t.subscribe({ group: 'g', topics: [topic], handle: () => new Promise<void>(() => undefined) });
      const delivering = kafka.deliver('g', payload(topic, 0, record(aThingHappened('a', 1), '5')));
      expect(await settled(delivering)).toBe(false);
      await t.crash();
      await expect(delivering).rejects.toThrow('not acknowledged');
      expect(kafka.disconnected.sort()).toEqual(['admin', 'consumer:g', 'producer']);
    });

    it('stop(): a retry waiting in backoff is given up unacknowledged instead of delaying shutdown', async () => {
      const slow = make({ handlerRetry: { initialMs: 60_000 } });
      await slow.start();
      await slow.subscribe({
        group: 'slow',
        topics: [topic],
        handle: async () => {
          throw new Error('busy');
        },
      });
      const delivering = kafka.deliver('slow', payload(topic, 0, record(aThingHappened('a', 1), '5')));
      expect(await settled(delivering)).toBe(false);
      await slow.stop();
      await expect(delivering).rejects.toThrow('was not acknowledged');
      expect(kafka.dlqBatches()).toEqual([]);
    });
  });
});
