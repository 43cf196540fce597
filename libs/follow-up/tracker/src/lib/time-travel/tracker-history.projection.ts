import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { RECOMMENDATION_STREAM } from '@accord/follow-up/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { runCombined, SqlStatement } from '@accord/shared/messaging';

/** The instants follow-up payloads carry; the envelope's stamp is the fallback (tracker-history.migration.ts backfills alike). */
const PAYLOAD_TIMES = ['issuedAt', 'respondedAt', 'reportedAt', 'raisedAt', 'loggedAt', 'changedAt'] as const;

/** When the event says it happened: the domain clock's time in its payload, else the envelope's stamp. */
export function eventTime(e: EventEnvelope): string {
  const p = (e.payload ?? {}) as Record<string, unknown>;
  const given = PAYLOAD_TIMES.map((k) => p[k]).find((v): v is string => typeof v === 'string');
  return given ?? e.occurredAt;
}

/** Appends every consumed recommendation and commitment event to tracker.event_history; a redelivery is a no-op. */
@Injectable()
export class TrackerHistoryProjection {
  readonly name = 'tracker.event-history';
  readonly topics = [RECOMMENDATION_STREAM, COMMITMENT_STREAM];

  async apply(e: EventEnvelope, m: EntityManager): Promise<void> {
    await runCombined(m, await this.applyBatch([e]));
  }

  /** A pure append: handed back to go out with the batch's other final writes. */
  async applyBatch(envelopes: readonly EventEnvelope[]): Promise<SqlStatement[]> {
    const rows = envelopes.map((e, ord) => ({ ord, event_id: e.eventId, topic: e.stream, aggregate_id: e.aggregateId, occurred_at: eventTime(e), envelope: e }));
    return [{
      sql: `INSERT INTO tracker.event_history (event_id, topic, aggregate_id, occurred_at, envelope)
       SELECT r.event_id, r.topic, r.aggregate_id, r.occurred_at, r.envelope
       FROM jsonb_to_recordset($1::jsonb) AS r(ord int, event_id uuid, topic text, aggregate_id text, occurred_at timestamptz, envelope jsonb)
       ORDER BY r.ord
       ON CONFLICT (event_id) DO NOTHING`,
      params: [JSON.stringify(rows)],
    }];
  }

  afterCommit(): void {
    // Nothing to push: the history is only read by scorecards "as of".
  }
}
