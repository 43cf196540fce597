import { EventEnvelope } from '@accord/shared/contracts';
import { SqlStatement } from '@accord/shared/messaging';
import { TimelineRow, ViewRow } from './board-fold';

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Writes folded rows: each view row once (insert or update of what events change) and new timeline entries. */
export async function writeBoardRows(m: Queryable, views: ViewRow[], timeline: TimelineRow[]): Promise<void> {
  for (const s of boardRowStatements(views, timeline)) await m.query(s.sql, [...s.params]);
}

/** The statements `writeBoardRows` runs, for a caller that combines them with others. */
export function boardRowStatements(views: ViewRow[], timeline: TimelineRow[]): SqlStatement[] {
  const statements: SqlStatement[] = [];
  if (views.length) {
    statements.push({
      sql: `INSERT INTO board.commitment_view SELECT * FROM jsonb_populate_recordset(NULL::board.commitment_view, $1::jsonb)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, latest_percent = excluded.latest_percent,
         progress_count = excluded.progress_count, version = excluded.version, updated_at = excluded.updated_at, owners = excluded.owners`,
      params: [JSON.stringify(views)],
    });
  }
  if (timeline.length) {
    statements.push({
      sql: `INSERT INTO board.commitment_timeline SELECT * FROM jsonb_populate_recordset(NULL::board.commitment_timeline, $1::jsonb) ON CONFLICT DO NOTHING`,
      params: [JSON.stringify(timeline)],
    });
  }
  return statements;
}

/** The commitment an event is about: its aggregate for commitment events, the payload's for assessments. */
export function commitmentOf(e: EventEnvelope): string {
  return (e.payload as { commitmentId?: string }).commitmentId ?? e.aggregateId;
}

/** Appends consumed events to board.event_history (the board's copy of the log); a redelivery is a no-op. */
export async function appendHistory(m: Queryable, envelopes: EventEnvelope[]): Promise<void> {
  const s = historyStatement(envelopes);
  if (s) await m.query(s.sql, [...s.params]);
}

export function historyStatement(envelopes: EventEnvelope[]): SqlStatement | null {
  if (!envelopes.length) return null;
  const rows = envelopes.map((e) => ({ event_id: e.eventId, topic: e.stream, commitment_id: commitmentOf(e), occurred_at: e.occurredAt, envelope: e }));
  return {
    sql: `INSERT INTO board.event_history (event_id, topic, commitment_id, occurred_at, envelope)
     SELECT r.event_id, r.topic, r.commitment_id, r.occurred_at, r.envelope
     FROM jsonb_to_recordset($1::jsonb) AS r(event_id uuid, topic text, commitment_id uuid, occurred_at timestamptz, envelope jsonb)
     ON CONFLICT (event_id) DO NOTHING`,
    params: [JSON.stringify(rows)],
  };
}
