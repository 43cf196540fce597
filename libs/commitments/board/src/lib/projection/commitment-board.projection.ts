import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { runCombined, SqlStatement } from '@accord/shared/messaging';
import { CommitmentBoardQueries } from '../persistence/commitment-board.queries';
import { CommitmentEnvelope, foldEvent, TimelineRow, ViewRow } from './board-fold';
import { boardRowStatements, historyStatement } from './board-rows.writer';
import { VersionGap } from './version-gap.error';

/**
 * Keeps board.commitment_view, its timeline and board.event_history in step with the commitments
 * stream, through the same pure fold the batch rebuild and the "as of" replay use. A batch costs the
 * same as one event: one read that locks the rows it touches, and its writes (history, views, timeline).
 */
@Injectable()
export class CommitmentBoardProjection {
  readonly name = 'board.commitments';
  readonly topics = [COMMITMENT_STREAM];

  constructor(private readonly queries: CommitmentBoardQueries, private readonly live: LiveUpdatePublisher) {}

  async apply(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await runCombined(manager, await this.applyBatch([envelope], manager));
  }

  /** Reads and locks the rows it touches; its writes come back to be sent with the batch's other final writes. */
  async applyBatch(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<SqlStatement[]> {
    const events = envelopes as readonly CommitmentEnvelope[];
    // Locked in id order, so two transactions over overlapping batches cannot deadlock.
    const ids = [...new Set(events.map((e) => e.aggregateId))].sort();
    const current: { row: ViewRow }[] = await manager.query(`SELECT to_jsonb(v) AS row FROM board.commitment_view v WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
    const views = new Map(current.map((c) => [c.row.id, c.row]));
    const changed = new Set<string>();
    const timeline: TimelineRow[] = [];
    for (const e of events) {
      const outcome = foldEvent(views, e);
      if (typeof outcome === 'object' && 'gap' in outcome) throw new VersionGap(e.aggregateId, (views.get(e.aggregateId)?.version ?? 0), e.aggregateVersion);
      if (outcome === 'skipped') continue; // already applied: a redelivery
      changed.add(e.aggregateId);
      timeline.push(outcome);
    }
    const history = historyStatement([...events]);
    return [...(history ? [history] : []), ...boardRowStatements([...changed].map((id) => views.get(id) as ViewRow), timeline)];
  }

  afterCommit(envelope: EventEnvelope): Promise<void> {
    return this.afterCommitBatch([envelope]);
  }

  /** One read for every view of the batch; each event is pushed in order with its commitment's view. */
  async afterCommitBatch(envelopes: readonly EventEnvelope[]): Promise<void> {
    const views = await this.queries.findViews(envelopes.map((e) => e.aggregateId));
    for (const e of envelopes) {
      const view = views.get(e.aggregateId);
      if (view) this.live.publish({ type: e.type, aggregateId: e.aggregateId, occurredAt: e.occurredAt, view }, { kind: 'public' });
    }
  }
}
