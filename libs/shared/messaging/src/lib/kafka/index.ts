export * from './kafka-transport-options';
export * from './kafka-transport-error';
export * from './kafka-brokers-from-env';
export * from './dead-letter-topic';
export * from './kafka-transport';
