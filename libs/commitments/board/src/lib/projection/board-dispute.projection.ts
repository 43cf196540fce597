import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ASSESSMENT_STREAM, AssessmentPublishedV1, AssessmentRepliedV1 } from '@accord/assessments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { CommitmentBoardQueries } from '../persistence/commitment-board.queries';
import { appendHistory } from './board-rows.writer';

/** The live update that re-sends a commitment's board view when a dispute opens or closes. */
export const COMMITMENT_DISPUTE_CHANGED = 'CommitmentDisputeChanged';

/**
 * An assessment that contests the owner's status opens a dispute on the board; the owner's reply
 * closes it. Rows are keyed by assessment, so a redelivery is a no-op, and `disputed` is derived when
 * the board is read, so an assessment may arrive before the commitment it is about.
 */
@Injectable()
export class BoardDisputeProjection {
  readonly name = 'board.disputes';
  readonly topics = [ASSESSMENT_STREAM];

  constructor(private readonly queries: CommitmentBoardQueries, private readonly live: LiveUpdatePublisher) {}

  async apply(envelope: EventEnvelope, m: EntityManager): Promise<void> {
    const e = envelope as AssessmentPublishedV1 | AssessmentRepliedV1;
    await appendHistory(m, [e]);
    if (e.type === 'AssessmentPublished') {
      const p = e.payload;
      if (!p.contestedStatus) return;
      await m.query(
        `INSERT INTO board.dispute (assessment_id, commitment_id, contested_status, evidence_count, published_at) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
        [p.assessmentId, p.commitmentId, p.contestedStatus, p.evidenceUrls.length, p.publishedAt],
      );
    } else if (e.type === 'AssessmentReplied') {
      await m.query(`UPDATE board.dispute SET replied_at = $2 WHERE assessment_id = $1 AND replied_at IS NULL`, [e.payload.assessmentId, e.payload.repliedAt]);
    }
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    const commitmentId = (envelope.payload as { commitmentId?: string }).commitmentId;
    const view = commitmentId ? await this.queries.findView(commitmentId) : null;
    // Its own update type: the tracker already pushes 'AssessmentPublished' with a timeline item, not a board view.
    if (view) this.live.publish({ type: COMMITMENT_DISPUTE_CHANGED, aggregateId: view.id, occurredAt: envelope.occurredAt, view }, { kind: 'public' });
  }
}
