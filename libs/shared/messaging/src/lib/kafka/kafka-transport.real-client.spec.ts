import { Kafka, logLevel } from 'kafkajs';
import { KafkaTransport } from './kafka-transport';
import { KafkaTransportError } from './kafka-transport-error';

// The real kafkajs client against a port where no broker listens: proves the transport drives kafkajs
// itself (no fake in between) and fails fast and clearly when retries are switched off.
describe('KafkaTransport with the real kafkajs client and no broker', () => {
  const dead = ['127.0.0.1:1'];

  it('start() rejects quickly with a KafkaTransportError naming the brokers (injected Kafka instance)', async () => {
    const kafka = new Kafka({ clientId: 'dead-test', brokers: dead, retry: { retries: 0 }, connectionTimeout: 500, logLevel: logLevel.NOTHING });
    const transport = new KafkaTransport({ brokers: dead, clientId: 'dead-test', kafka, retry: { retries: 0 } });
    const began = Date.now();
    const failure = await transport.start().then(
      () => null,
      (e: unknown) => e,
    );
    const elapsed = Date.now() - began;
    expect(failure).toBeInstanceOf(KafkaTransportError);
    expect((failure as Error).message).toMatch(/^Kafka transport could not start \(brokers 127\.0\.0\.1:1\): .*(ECONNREFUSED|Connection error)/);
    expect((failure as Error).cause).toBeInstanceOf(Error);
    expect(elapsed).toBeLessThan(3_000);
    await transport.stop();
  });

  it('start() rejects quickly when the transport builds the client itself from brokers + retry + connectionTimeout', async () => {
    const transport = new KafkaTransport({ brokers: dead, clientId: 'dead-test', retry: { retries: 0 }, connectionTimeout: 500, logLevel: logLevel.NOTHING });
    const began = Date.now();
    await expect(transport.start()).rejects.toThrow(KafkaTransportError);
    expect(Date.now() - began).toBeLessThan(3_000);
    // Not started: using it is refused plainly rather than queued.
    await expect(transport.subscribe({ group: 'g', topics: ['t'], handle: async () => undefined })).rejects.toThrow('not started');
  });
});
