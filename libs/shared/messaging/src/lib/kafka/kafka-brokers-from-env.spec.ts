import { kafkaBrokersFromEnv } from './kafka-brokers-from-env';

describe('kafkaBrokersFromEnv', () => {
  it('parses a comma list, trimming blanks', () => {
    expect(kafkaBrokersFromEnv({ KAFKA_BROKERS: 'kafka:9092' })).toEqual(['kafka:9092']);
    expect(kafkaBrokersFromEnv({ KAFKA_BROKERS: ' k1:9092, k2:9092 ,,k3:9092 ' })).toEqual(['k1:9092', 'k2:9092', 'k3:9092']);
  });

  it('is undefined when unset or blank (the embedded transport is used)', () => {
    expect(kafkaBrokersFromEnv({})).toBeUndefined();
    expect(kafkaBrokersFromEnv({ KAFKA_BROKERS: '' })).toBeUndefined();
    expect(kafkaBrokersFromEnv({ KAFKA_BROKERS: ' , ' })).toBeUndefined();
  });
});
