import { DataSource } from 'typeorm';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope, EventRegistry } from '@accord/shared/contracts';
import { CommitmentEnvelope, foldEvent, TimelineRow, ViewRow } from './board-fold';

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

/**
 * Rebuild mode of the board: reads the commitments stream from `source` in position order and writes
 * board.commitment_view/timeline in `target` a batch at a time (one transaction per batch, with the
 * checkpoint), instead of one transaction and three statements per event. The live projection's path
 * is ~1–2k events/s; replaying a million events needs an order of magnitude more. Exactly once comes
 * from the checkpoint committing with the batch, so no inbox rows are written.
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
    let position = await this.checkpoint();
    const totals = { applied: 0, skipped: 0, refused: [] as BatchRebuildProgress['refused'] };
    let next = this.read(position);
    for (;;) {
      const rows = await next;
      if (rows.length === 0) break;
      position = rows[rows.length - 1].position;
      // Reads the next batch while this one is written: the two databases work in parallel.
      next = rows.length === this.batchSize ? this.read(position) : Promise.resolve([]);
      const r = await this.applyBatch(rows, position);
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

  private async applyBatch(rows: LogRow[], position: string): Promise<Omit<BatchRebuildProgress, 'position'>> {
    const envelopes = rows.map((r) => ({ position: r.position, envelope: r.envelope }));
    return this.target.transaction(async (m) => {
      const ids = [...new Set(envelopes.map((e) => e.envelope.aggregateId))];
      const existing: { row: ViewRow }[] = await m.query(`SELECT to_jsonb(v) AS row FROM board.commitment_view v WHERE id = ANY($1::uuid[]) FOR UPDATE`, [ids]);
      const views = new Map(existing.map((e) => [e.row.id, e.row]));
      const touched = new Set<string>();
      const timeline: TimelineRow[] = [];
      const refused: BatchRebuildProgress['refused'] = [];
      let skipped = 0;
      for (const { position: at, envelope } of envelopes) {
        const outcome = this.fold(views, envelope);
        if (outcome === 'skipped') skipped++;
        else if ('reason' in outcome) refused.push({ position: at, eventId: envelope.eventId, reason: outcome.reason });
        else {
          timeline.push(outcome);
          touched.add(envelope.aggregateId);
        }
      }
      await this.write(m, [...touched].map((id) => views.get(id) as ViewRow), timeline);
      await m.query(
        `INSERT INTO messaging.consumer_checkpoint (group_name, topic, position) VALUES ($1, $2, $3)
         ON CONFLICT (group_name, topic) DO UPDATE SET position = excluded.position`,
        [this.name, COMMITMENT_STREAM, position],
      );
      return { applied: timeline.length, skipped, refused };
    });
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

  private async write(m: { query: DataSource['query'] }, views: ViewRow[], timeline: TimelineRow[]): Promise<void> {
    if (views.length) {
      await m.query(
        `INSERT INTO board.commitment_view SELECT * FROM jsonb_populate_recordset(NULL::board.commitment_view, $1::jsonb)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, latest_percent = excluded.latest_percent,
           progress_count = excluded.progress_count, version = excluded.version, updated_at = excluded.updated_at`,
        [JSON.stringify(views)],
      );
    }
    if (timeline.length) {
      await m.query(
        `INSERT INTO board.commitment_timeline SELECT * FROM jsonb_populate_recordset(NULL::board.commitment_timeline, $1::jsonb) ON CONFLICT DO NOTHING`,
        [JSON.stringify(timeline)],
      );
    }
  }
}
