import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { RECOMMENDATION_STREAM } from '@accord/follow-up/contracts';
import { EventEnvelope } from '@accord/shared/contracts';

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
    await m.query(
      `INSERT INTO tracker.event_history (event_id, topic, aggregate_id, occurred_at, envelope) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (event_id) DO NOTHING`,
      [e.eventId, e.stream, e.aggregateId, eventTime(e), JSON.stringify(e)],
    );
  }

  afterCommit(): void {
    // Nothing to push: the history is only read by scorecards "as of".
  }
}
