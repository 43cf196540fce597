import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';

// EmbeddedTransport's append lock: a row appended outside it could commit below a position a
// consumer already passed, and be skipped.
const EVENT_LOG_APPEND_LOCK = 4_242_101;

export async function appendToLog(sql: Client, envelopes: readonly EventEnvelope[], topic = COMMITMENT_STREAM): Promise<void> {
  await sql.query('BEGIN');
  try {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [EVENT_LOG_APPEND_LOCK]);
    for (const e of envelopes) {
      await sql.query(`INSERT INTO messaging.event_log (topic, key, event_id, envelope) VALUES ($1, $2, $3, $4)`, [topic, e.aggregateId, e.eventId, e]);
    }
    await sql.query('COMMIT');
  } catch (e) {
    await sql.query('ROLLBACK');
    throw e;
  }
}

export function envelope(type: string, aggregateId: string, aggregateVersion: number, payload: object): EventEnvelope {
  return {
    eventId: randomUUID(), type, version: 1, stream: COMMITMENT_STREAM, aggregateId, aggregateVersion,
    occurredAt: new Date().toISOString(), actor: null, correlationId: randomUUID(), causationId: null, payload,
  };
}

export function loggedPayload(commitmentId: string): object {
  return {
    commitmentId, owner: { organisationId: 'state-tn', name: 'Tunisia', kind: 'state', country: 'TN' },
    title: 'A commitment whose first event arrived late', description: 'Fault suite', gcmObjectives: [1], sdgTargets: ['10.7'],
    indicator: 'i', baseline: 'b', targetValue: 't', dueDate: '2031-01-01', status: 'pledged', loggedAt: new Date().toISOString(),
  };
}
