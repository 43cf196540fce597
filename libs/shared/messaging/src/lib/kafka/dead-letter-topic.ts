const DLQ_SUFFIX = '.dlq';

/** `<topic>.dlq`, where a consumer group puts the events its handler kept rejecting. */
export function deadLetterTopic(topic: string): string {
  return `${topic}${DLQ_SUFFIX}`;
}

export function isDeadLetterTopic(topic: string): boolean {
  return topic.endsWith(DLQ_SUFFIX);
}
