/** A Kafka transport failure with the brokers it concerned; the kafkajs error is kept as `cause`. */
export class KafkaTransportError extends Error {
  override readonly name = 'KafkaTransportError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
