import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { CommitmentBoardQueries } from '../persistence/commitment-board.queries';
import { CommitmentEnvelope, foldEvent, ViewRow } from './board-fold';
import { appendHistory, writeBoardRows } from './board-rows.writer';
import { VersionGap } from './version-gap.error';

/**
 * Keeps board.commitment_view, its timeline and board.event_history in step with the commitments
 * stream, through the same pure fold the batch rebuild and the "as of" replay use.
 */
@Injectable()
export class CommitmentBoardProjection {
  readonly name = 'board.commitments';
  readonly topics = [COMMITMENT_STREAM];

  constructor(private readonly queries: CommitmentBoardQueries, private readonly live: LiveUpdatePublisher) {}

  async apply(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    const e = envelope as CommitmentEnvelope;
    const current: { row: ViewRow }[] = await manager.query(`SELECT to_jsonb(v) AS row FROM board.commitment_view v WHERE id = $1 FOR UPDATE`, [e.aggregateId]);
    const views = new Map(current.map((c) => [c.row.id, c.row]));
    const outcome = foldEvent(views, e);
    if (typeof outcome === 'object' && 'gap' in outcome) throw new VersionGap(e.aggregateId, current[0]?.row.version ?? 0, e.aggregateVersion);
    await appendHistory(manager, [e]);
    if (outcome === 'skipped') return; // already applied: a redelivery
    await writeBoardRows(manager, [views.get(e.aggregateId) as ViewRow], [outcome]);
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    const view = await this.queries.findView(envelope.aggregateId);
    if (view) this.live.publish({ type: envelope.type, aggregateId: envelope.aggregateId, occurredAt: envelope.occurredAt, view }, { kind: 'public' });
  }
}
