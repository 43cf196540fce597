import { randomUUID } from 'node:crypto';
import { EventEnvelope } from './event-envelope';

export interface EnvelopeInput<TType extends string, TPayload> {
  type: TType;
  version: number;
  stream: string;
  aggregateId: string;
  aggregateVersion: number;
  payload: TPayload;
  occurredAt?: Date;
  actor?: EventEnvelope['actor'];
  correlationId?: string;
  causationId?: string | null;
}

export function newEnvelope<TType extends string, TPayload>(input: EnvelopeInput<TType, TPayload>): EventEnvelope<TType, TPayload> {
  const eventId = randomUUID();
  return {
    eventId,
    type: input.type,
    version: input.version,
    stream: input.stream,
    aggregateId: input.aggregateId,
    aggregateVersion: input.aggregateVersion,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    actor: input.actor ?? null,
    correlationId: input.correlationId ?? eventId,
    causationId: input.causationId ?? null,
    payload: input.payload,
  };
}
