import { DataSource, EntityManager } from 'typeorm';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope, EventRegistry } from '@accord/shared/contracts';
import { CommitmentEnvelope, foldEvent, TimelineRow, ViewRow } from './board-fold';
import { appendHistory, writeBoardRows } from './board-rows.writer';
import { BoardRebuildIndexes } from './board-rebuild-indexes';

export interface BatchRebuildOptions {
  /** Checkpoint name in messaging.consumer_checkpoint of the TARGET database (resumable). */
  readonly name?: string;
  readonly batchSize?: number;
}

export interface BatchRebuildProgress {
  readonly applied: number;
  readonly skipped: number;
  /** Events the per-event path would retry and then dead-letter (invalid envelope, version gap). */
  readonly refused: { position: string; eventId: string; reason: string }[];
  readonly position: string;
}

interface LogRow {
  position: string;
  envelope: EventEnvelope;
}

type BatchOutcome = Omit<BatchRebuildProgress, 'position'>;

/**
 * Rebuild mode of the board: reads the commitments stream from `source` in position order and writes
 * board.commitment_view/timeline/event_history in `target` a batch at a time (one transaction per
 * batch, with the checkpoint), instead of one transaction and three statements per event. Exactly once
 * comes from the checkpoint committing with the batch, so no inbox rows are written.
 *
 * What keeps it fast on a long log (measured in tools/bench, `--only rebuild`):
 * - keyset reads on (topic, position), the next batch read while this one is written;
 * - set-based multi-row inserts, one statement per table and batch;
 * - when the log and the board share a database, the history rows are copied inside PostgreSQL from
 *   messaging.event_log (no envelope travels back as JSON to be parsed again);
 * - on empty tables (a fresh rebuild) the secondary indexes are built once at the end instead of
 *   being maintained row by row (see BoardRebuildIndexes);
 * - the batches commit without waiting for the WAL flush: a crash loses at most the last batches
 *   together with their checkpoint, which the next catchUp applies again.
 */
export class CommitmentBoardBatchRebuild {
  private readonly name: string;
  private readonly batchSize: number;

  constructor(
    private readonly source: DataSource,
    private readonly target: DataSource,
    private readonly registry: EventRegistry,
    options: BatchRebuildOptions = {},
  ) {
    this.name = options.name ?? 'rebuild:board.commitments';
    this.batchSize = options.batchSize ?? 5_000;
  }

  /** Applies everything in the log now; call again to catch up with what was appended since. */
  async catchUp(): Promise<BatchRebuildProgress> {
    const position = await this.checkpoint();
    const first = await this.read(position);
    // A short catch-up is cheaper with the indexes kept.
    if (first.length < this.batchSize) {
      await BoardRebuildIndexes.restoreLeftovers(this.target);
      return this.replay(position, first);
    }
    const indexes = await BoardRebuildIndexes.setAsideOnEmptyTables(this.target);
    try {
      return await this.replay(position, first);
    } finally {
      await indexes.restore();
    }
  }

  private async replay(start: string, first: LogRow[]): Promise<BatchRebuildProgress> {
    let position = start;
    const totals = { applied: 0, skipped: 0, refused: [] as BatchRebuildProgress['refused'] };
    let next = Promise.resolve(first);
    for (;;) {
      const rows = await next;
      if (rows.length === 0) break;
      const from = position;
      position = rows[rows.length - 1].position;
      // Reads the next batch while this one is written: the two connections work in parallel.
      next = rows.length === this.batchSize ? this.read(position) : Promise.resolve([]);
      const r = await this.applyBatch(rows, from, position).catch(async (error: unknown) => {
        // The batch's error is the one to report; the read in flight must still settle, not float.
        await next.catch(() => undefined);
        throw error;
      });
      totals.applied += r.applied;
      totals.skipped += r.skipped;
      totals.refused.push(...r.refused);
    }
    return { ...totals, position };
  }

  private read(after: string): Promise<LogRow[]> {
    return this.source.query(
      // l.position, not the text alias: ORDER BY position would sort "10" before "2".
      `SELECT l.position::text AS position, l.envelope FROM messaging.event_log l WHERE l.topic = $1 AND l.position > $2 ORDER BY l.position LIMIT $3`,
      [COMMITMENT_STREAM, after, this.batchSize],
    );
  }

  private async checkpoint(): Promise<string> {
    const rows: { position: string }[] = await this.target.query(
      `SELECT position::text AS position FROM messaging.consumer_checkpoint WHERE group_name = $1 AND topic = $2`,
      [this.name, COMMITMENT_STREAM],
    );
    return rows[0]?.position ?? '0';
  }

  private async applyBatch(rows: LogRow[], from: string, to: string): Promise<BatchOutcome> {
    return this.target.transaction(async (m) => {
      // Safe for a replay: the checkpoint is in the same transaction, so a lost commit is replayed.
      await m.query(`SET LOCAL synchronous_commit = off`);
      const ids = [...new Set(rows.map((r) => r.envelope?.aggregateId).filter((id): id is string => typeof id === 'string' && UUID.test(id)))];
      const existing: { row: ViewRow }[] = ids.length ? await m.query(`SELECT to_jsonb(v) AS row FROM board.commitment_view v WHERE id = ANY($1::uuid[]) FOR UPDATE`, [ids]) : [];
      const views = new Map(existing.map((e) => [e.row.id, e.row]));
      const touched = new Set<string>();
      const timeline: TimelineRow[] = [];
      const refused: BatchRebuildProgress['refused'] = [];
      let skipped = 0;
      for (const { position: at, envelope } of rows) {
        const outcome = this.fold(views, envelope);
        if (outcome === 'skipped') skipped++;
        else if ('reason' in outcome) refused.push({ position: at, eventId: String(envelope?.eventId ?? ''), reason: outcome.reason });
        else {
          timeline.push(outcome);
          touched.add(envelope.aggregateId);
        }
      }
      await writeBoardRows(m, [...touched].map((id) => views.get(id) as ViewRow), timeline);
      await this.appendHistory(m, rows, refused, from, to);
      await m.query(
        `INSERT INTO messaging.consumer_checkpoint (group_name, topic, position) VALUES ($1, $2, $3)
         ON CONFLICT (group_name, topic) DO UPDATE SET position = excluded.position`,
        [this.name, COMMITMENT_STREAM, to],
      );
      return { applied: timeline.length, skipped, refused };
    });
  }

  /** The batch's events minus the refused ones into board.event_history, in log order. */
  private async appendHistory(m: EntityManager, rows: LogRow[], refused: BatchRebuildProgress['refused'], from: string, to: string): Promise<void> {
    if (this.source !== this.target) {
      const refusedAt = new Set(refused.map((r) => r.position));
      await appendHistory(m, rows.filter((r) => !refusedAt.has(r.position)).map((r) => r.envelope));
      return;
    }
    // Same rows as appendHistory writes, read where they already are; the positions bound exactly the
    // batch just folded, whatever was appended since.
    await m.query(
      `INSERT INTO board.event_history (event_id, topic, commitment_id, occurred_at, envelope)
       SELECT (l.envelope->>'eventId')::uuid, l.envelope->>'stream', coalesce(l.envelope->'payload'->>'commitmentId', l.envelope->>'aggregateId')::uuid,
         (l.envelope->>'occurredAt')::timestamptz, l.envelope
       FROM messaging.event_log l
       WHERE l.topic = $1 AND l.position > $2 AND l.position <= $3 AND l.position <> ALL($4::bigint[])
       ORDER BY l.position
       ON CONFLICT (event_id) DO NOTHING`,
      [COMMITMENT_STREAM, from, to, refused.map((r) => r.position)],
    );
  }

  private fold(views: Map<string, ViewRow>, envelope: EventEnvelope): TimelineRow | 'skipped' | { reason: string } {
    let valid: CommitmentEnvelope;
    try {
      valid = this.registry.validate<CommitmentEnvelope>(envelope);
    } catch (e) {
      return { reason: e instanceof Error ? e.message : String(e) };
    }
    const outcome = foldEvent(views, valid);
    return typeof outcome === 'object' && 'gap' in outcome ? { reason: outcome.gap } : outcome;
  }
}

// An invalid envelope is refused by the fold; its id must not break the batch's lookup of known rows.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
