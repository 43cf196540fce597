import { DataSource } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { eventHash, GENESIS_HASH } from './event-hash';

export interface HistoryProblem {
  outboxId: string;
  eventId: string;
  stream: string;
  problem: 'content-changed' | 'link-broken';
}

export interface HistoryReport {
  events: number;
  streams: number;
  problems: HistoryProblem[];
}

interface Row {
  id: string;
  event_id: string;
  topic: string;
  key: string;
  envelope: EventEnvelope;
  prev_hash: string;
  hash: string;
}

/**
 * Walks every aggregate stream of the outbox in order and recomputes the chain: an edited event shows
 * as content-changed, a deleted or reordered one as link-broken on the event after it.
 */
export async function verifyHistory(db: DataSource, batchSize = 5000): Promise<HistoryReport> {
  const report: HistoryReport = { events: 0, streams: 0, problems: [] };
  let last: { topic: string; key: string; hash: string } | null = null;
  let after = { topic: '', key: '', id: '0' };
  for (;;) {
    const rows: Row[] = await db.query(
      // o.id, not the text alias: ORDER BY id would sort "11" before "9".
      `SELECT o.id::text AS id, o.event_id::text AS event_id, o.topic, o.key, o.envelope, o.prev_hash, o.hash FROM messaging.outbox_message o
       WHERE o.hash IS NOT NULL AND (o.topic, o.key, o.id) > ($1, $2, $3::bigint) ORDER BY o.topic, o.key, o.id LIMIT $4`,
      [after.topic, after.key, after.id, batchSize],
    );
    for (const r of rows) {
      const sameStream = last !== null && last.topic === r.topic && last.key === r.key;
      if (!sameStream) report.streams += 1;
      const expectedPrev = sameStream && last ? last.hash : GENESIS_HASH;
      const stream = `${r.topic}/${r.key}`;
      if (r.prev_hash !== expectedPrev) report.problems.push({ outboxId: r.id, eventId: r.event_id, stream, problem: 'link-broken' });
      if (eventHash(r.prev_hash, r.envelope) !== r.hash) report.problems.push({ outboxId: r.id, eventId: r.event_id, stream, problem: 'content-changed' });
      last = { topic: r.topic, key: r.key, hash: r.hash };
      report.events += 1;
    }
    if (rows.length < batchSize) return report;
    const end = rows[rows.length - 1];
    after = { topic: end.topic, key: end.key, id: end.id };
  }
}
