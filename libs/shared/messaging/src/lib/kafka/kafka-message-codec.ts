import { EventEnvelope } from '@accord/shared/contracts';
import { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { OutgoingMessage } from '../transport/event-transport';

/** The envelope's metadata as Kafka headers, so brokers, tools and consumers can route without parsing the value. */
export function envelopeHeaders(envelope: EventEnvelope): Record<string, string> {
  const headers: Record<string, string> = {
    eventId: envelope.eventId,
    type: envelope.type,
    version: String(envelope.version),
    aggregateId: envelope.aggregateId,
    aggregateVersion: String(envelope.aggregateVersion),
    correlationId: envelope.correlationId,
    occurredAt: envelope.occurredAt,
  };
  if (envelope.causationId !== null) headers['causationId'] = envelope.causationId;
  return headers;
}

/** key = aggregate id (order per aggregate), value = the envelope as JSON; the envelope's headers win over extra ones. */
export function encodeMessage(message: OutgoingMessage): Message {
  return {
    key: message.key,
    value: JSON.stringify(message.envelope),
    headers: { ...(message.headers ?? {}), ...envelopeHeaders(message.envelope) },
  };
}

export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last !== undefined) decoded[name] = last.toString();
  }
  return decoded;
}

export type DecodedMessage = { readonly ok: true; readonly key: string; readonly envelope: EventEnvelope; readonly headers: Record<string, string> } | { readonly ok: false; readonly reason: string };

const REQUIRED_FIELDS = ['eventId', 'type', 'version', 'stream', 'aggregateId', 'aggregateVersion', 'occurredAt', 'correlationId'] as const;

/** Parses a consumed record; a record that is not an envelope is reported, never thrown (it goes to the DLQ). */
export function decodeMessage(message: KafkaMessage): DecodedMessage {
  if (message.value === null) return { ok: false, reason: 'undecodable: the record has no value' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: `undecodable: the value is not JSON (${(error as Error).message})` };
  }
  if (typeof parsed !== 'object' || parsed === null) return { ok: false, reason: 'undecodable: the value is not an object' };
  const missing = REQUIRED_FIELDS.filter((f) => !(f in parsed));
  if (missing.length > 0) return { ok: false, reason: `undecodable: not an event envelope (missing ${missing.join(', ')})` };
  const envelope = parsed as EventEnvelope;
  return { ok: true, key: message.key?.toString('utf8') ?? envelope.aggregateId, envelope, headers: decodeHeaders(message.headers) };
}
