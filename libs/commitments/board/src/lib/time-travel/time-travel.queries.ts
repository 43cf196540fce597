import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { InvalidInput } from '@accord/shared/kernel';
import { readPage } from '@accord/shared/persistence';
import { CommitmentDetailView, CommitmentView, Page } from '@accord/commitments/contracts/views';
import { MAX_EXPORT_ROWS } from '../export/export-limits';
import { BoardFilter } from '../persistence/board-filter';
import { BoardReplay } from './board-replay';
import { filterViews } from './board-view-filter';
import { CommitmentChangeEvent, CommitmentChanges } from './commitment-change';

/**
 * The board, a commitment and its changes at another time, computed from the event log, not from the
 * read model: board.event_history is the board's append-only copy of every commitment and assessment
 * event it consumed (written in the projection's transaction; messaging.event_log exists only with the
 * embedded transport, not beside a Kafka-fed gateway). The log is replayed up to the instant through
 * the same fold the live projection uses. The demo world's few thousand events replay in milliseconds;
 * a commitment alone reads only its own events (indexed by commitment).
 */
@Injectable()
export class TimeTravelQueries {
  constructor(private readonly db: DataSource) {}

  async boardAsOf(filter: BoardFilter, asOf: Date): Promise<Page<CommitmentView>> {
    const log = await this.read(`h.occurred_at <= $1`, [asOf.toISOString()]);
    const views = filterViews(new BoardReplay(log).allViews(), filter);
    const from = (filter.page - 1) * filter.pageSize;
    return { items: views.slice(from, from + filter.pageSize), total: views.length, page: filter.page, pageSize: filter.pageSize };
  }

  /** Every commitment matching the filters as the board stood at `asOf`, for an export (at most MAX_EXPORT_ROWS). */
  async allAsOf(filter: Omit<BoardFilter, 'page' | 'pageSize'>, asOf: Date): Promise<CommitmentView[]> {
    const log = await this.read(`h.occurred_at <= $1`, [asOf.toISOString()]);
    const views = filterViews(new BoardReplay(log).allViews(), { ...filter, page: 1, pageSize: 1 });
    if (views.length > MAX_EXPORT_ROWS) {
      throw new InvalidInput('filters', `an export holds at most ${MAX_EXPORT_ROWS} commitments and ${views.length} match: narrow the filters`);
    }
    return views;
  }

  async detailAsOf(id: string, asOf: Date): Promise<CommitmentDetailView | null> {
    const log = await this.read(`h.occurred_at <= $1 AND h.commitment_id = $2`, [asOf.toISOString(), id]);
    return new BoardReplay(log).detail(id);
  }

  async changesSince(since: Date, page: number, pageSize: number): Promise<Page<CommitmentChanges>> {
    const events = `WITH ev AS (SELECT h.seq, h.envelope, h.commitment_id FROM board.event_history h WHERE h.occurred_at >= $1)`;
    const { rows, total } = await readPage<{ commitment_id: string; title: string | null; events: EventEnvelope[] }>(this.db, {
      rows: `${events}, c AS (SELECT commitment_id, max(seq) AS last, jsonb_agg(envelope ORDER BY seq) AS events FROM ev GROUP BY commitment_id)
        SELECT c.commitment_id, v.title, c.events FROM c LEFT JOIN board.commitment_view v ON v.id = c.commitment_id
        ORDER BY c.last DESC, c.commitment_id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      count: `${events} SELECT count(DISTINCT commitment_id)::int AS total FROM ev`,
      params: [since.toISOString()],
    });
    const items = rows.map((r) => ({ commitmentId: r.commitment_id, title: r.title, lastChangedAt: r.events[r.events.length - 1].occurredAt, events: r.events.map(toChange) }));
    return { items, total, page, pageSize };
  }

  private async read(where: string, params: unknown[]): Promise<EventEnvelope[]> {
    const rows: { envelope: EventEnvelope }[] = await this.db.query(`SELECT h.envelope FROM board.event_history h WHERE ${where} ORDER BY h.seq`, params);
    return rows.map((r) => r.envelope);
  }
}

function toChange(e: EventEnvelope): CommitmentChangeEvent {
  const p = e.payload as Record<string, unknown>;
  const pick = <T>(key: string) => p[key] as T | undefined;
  const change: CommitmentChangeEvent = { eventId: e.eventId, type: e.type, occurredAt: e.occurredAt, aggregateVersion: e.stream === COMMITMENT_STREAM ? e.aggregateVersion : null };
  const organisationId = pick<string>('organisationId') ?? pick<{ organisationId: string }>('coOwner')?.organisationId;
  return Object.fromEntries(
    Object.entries({ ...change, organisationId, status: pick<string>('to'), from: pick<string>('from'), percent: pick<number>('percent'), contestedStatus: pick<string | null>('contestedStatus'), assessmentId: pick<string>('assessmentId') }).filter(([, v]) => v !== undefined),
  ) as unknown as CommitmentChangeEvent;
}
