import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  COMMITMENT_STREAM,
  CommitmentLoggedV1,
  CommitmentProgressReportedV1,
  CommitmentStatusChangedV1,
} from '@accord/commitments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { TimelineEntry } from '../commitment-view';
import { CommitmentBoardQueries } from '../persistence/commitment-board.queries';
import { VersionGap } from './version-gap.error';

type CommitmentEnvelope = CommitmentLoggedV1 | CommitmentProgressReportedV1 | CommitmentStatusChangedV1;

/** Keeps board.commitment_view and its timeline in step with the commitments stream. */
@Injectable()
export class CommitmentBoardProjection {
  readonly name = 'board.commitments';
  readonly topics = [COMMITMENT_STREAM];

  constructor(private readonly queries: CommitmentBoardQueries, private readonly live: LiveUpdatePublisher) {}

  async apply(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    const e = envelope as CommitmentEnvelope;
    if (e.type === 'CommitmentLogged') return this.logged(e, manager);
    const current = await manager.query('SELECT version FROM board.commitment_view WHERE id = $1 FOR UPDATE', [e.aggregateId]);
    const have: number = current[0]?.version ?? 0;
    if (e.aggregateVersion <= have) return; // already applied: a redelivery
    if (e.aggregateVersion !== have + 1) throw new VersionGap(e.aggregateId, have, e.aggregateVersion);
    if (e.type === 'CommitmentProgressReported') await this.progressed(e, manager);
    else if (e.type === 'CommitmentStatusChanged') await this.statusChanged(e, manager);
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    const view = await this.queries.findView(envelope.aggregateId);
    if (view) this.live.publish({ type: envelope.type, aggregateId: envelope.aggregateId, occurredAt: envelope.occurredAt, view }, { kind: 'public' });
  }

  private async logged({ payload: p, aggregateVersion, eventId }: CommitmentLoggedV1, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO board.commitment_view (id, owner_organisation_id, owner_name, owner_kind, owner_country, title, description,
         gcm_objectives, sdg_targets, indicator, baseline, target_value, due_date, status, version, logged_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$16) ON CONFLICT (id) DO NOTHING`,
      [p.commitmentId, p.owner.organisationId, p.owner.name, p.owner.kind, p.owner.country, p.title, p.description,
        p.gcmObjectives, p.sdgTargets, p.indicator, p.baseline, p.targetValue, p.dueDate, p.status, aggregateVersion, p.loggedAt],
    );
    await this.timeline(m, eventId, p.commitmentId, aggregateVersion, { at: p.loggedAt, kind: 'logged', version: aggregateVersion, status: p.status });
  }

  private async progressed(e: CommitmentProgressReportedV1, m: EntityManager): Promise<void> {
    const p = e.payload;
    await m.query(
      `UPDATE board.commitment_view SET latest_percent = $2, progress_count = progress_count + 1, version = $3, updated_at = $4 WHERE id = $1`,
      [e.aggregateId, p.percent, e.aggregateVersion, p.reportedAt],
    );
    const progress = { eventId: e.eventId, percent: p.percent, narrative: p.narrative, evidenceUrl: p.evidenceUrl, evidenceLevel: p.evidenceLevel, reportedAt: p.reportedAt, reportedBy: e.actor };
    await this.timeline(m, e.eventId, e.aggregateId, e.aggregateVersion, { at: p.reportedAt, kind: 'progress', version: e.aggregateVersion, progress });
  }

  private async statusChanged(e: CommitmentStatusChangedV1, m: EntityManager): Promise<void> {
    const p = e.payload;
    await m.query(`UPDATE board.commitment_view SET status = $2, version = $3, updated_at = $4 WHERE id = $1`, [e.aggregateId, p.to, e.aggregateVersion, p.changedAt]);
    await this.timeline(m, e.eventId, e.aggregateId, e.aggregateVersion, { at: p.changedAt, kind: 'status', version: e.aggregateVersion, status: p.to, from: p.from, reason: p.reason });
  }

  private async timeline(m: EntityManager, eventId: string, commitmentId: string, version: number, entry: TimelineEntry): Promise<void> {
    await m.query(
      `INSERT INTO board.commitment_timeline (event_id, commitment_id, aggregate_version, at, kind, entry) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
      [eventId, commitmentId, version, entry.at, entry.kind, JSON.stringify(entry)],
    );
  }
}
