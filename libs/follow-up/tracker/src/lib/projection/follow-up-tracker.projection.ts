import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMITMENT_STREAM, CommitmentLoggedV1, CommitmentStatusChangedV1 } from '@accord/commitments/contracts';
import {
  FollowUpOverdueV1,
  FollowUpReportedV1,
  RECOMMENDATION_STREAM,
  RecommendationIssuedV1,
  RecommendationRespondedV1,
} from '@accord/follow-up/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { TrackerLivePush } from './tracker-live-push';
import { isNextVersion } from './next-version';
import { VersionGap } from './version-gap.error';

type RecommendationEnvelope = RecommendationIssuedV1 | RecommendationRespondedV1 | FollowUpReportedV1 | FollowUpOverdueV1;

/** The secretariat's tracker, the scorecards' inputs and addressees' notifications, from events only. */
@Injectable()
export class FollowUpTrackerProjection {
  readonly name = 'tracker.follow-up';
  readonly topics = [RECOMMENDATION_STREAM, COMMITMENT_STREAM];

  constructor(private readonly push: TrackerLivePush) {}

  async apply(envelope: EventEnvelope, m: EntityManager): Promise<void> {
    if (envelope.stream === COMMITMENT_STREAM) return this.commitment(envelope, m);
    const e = envelope as RecommendationEnvelope;
    if (e.type === 'RecommendationIssued') return this.issued(e, m);
    if (!(await isNextVersion(m, 'tracker.recommendation', 'id', e))) return;
    if (e.type === 'RecommendationResponded') await this.responded(e, m);
    else if (e.type === 'FollowUpReported') await this.reported(e, m);
    else if (e.type === 'FollowUpOverdue') await this.overdue(e, m);
  }

  /**
   * Commitment events in two statements whatever their number: new commitments inserted (a Logged is
   * always its commitment's first event), then the rows of the others locked, folded and written back.
   * Recommendation events, rarer and fanning out to addressees, go one by one in order.
   */
  async applyBatch(envelopes: readonly EventEnvelope[], m: EntityManager): Promise<void> {
    const commitmentEvents = envelopes.filter((e) => e.stream === COMMITMENT_STREAM);
    const logged = commitmentEvents.filter((e): e is CommitmentLoggedV1 => e.type === 'CommitmentLogged');
    if (logged.length > 0) {
      await m.query(`INSERT INTO tracker.commitment_status (commitment_id, status, version) SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[]) ON CONFLICT DO NOTHING`, [
        logged.map((e) => e.payload.commitmentId),
        logged.map((e) => e.payload.status),
        logged.map((e) => e.aggregateVersion),
      ]);
    }
    await this.commitmentChanges(commitmentEvents.filter((e) => e.type !== 'CommitmentLogged'), m);
    for (const e of envelopes) if (e.stream !== COMMITMENT_STREAM) await this.apply(e, m);
  }

  private async commitmentChanges(events: readonly EventEnvelope[], m: EntityManager): Promise<void> {
    if (events.length === 0) return;
    // Locked in id order, so two transactions over overlapping batches cannot deadlock.
    const ids = [...new Set(events.map((e) => e.aggregateId))].sort();
    const rows: { commitment_id: string; status: string; version: number }[] = await m.query(
      `SELECT commitment_id, status, version FROM tracker.commitment_status WHERE commitment_id = ANY($1::uuid[]) ORDER BY commitment_id FOR UPDATE`,
      [ids],
    );
    const current = new Map(rows.map((r) => [r.commitment_id, { status: r.status, version: r.version }]));
    const changed = new Set<string>();
    for (const e of events) {
      const row = current.get(e.aggregateId);
      const have = row?.version ?? 0;
      if (e.aggregateVersion <= have) continue; // a redelivery
      if (!row || e.aggregateVersion !== have + 1) throw new VersionGap(e.aggregateId, have, e.aggregateVersion);
      row.version = e.aggregateVersion;
      if (e.type === 'CommitmentStatusChanged') row.status = (e as CommitmentStatusChangedV1).payload.to;
      changed.add(e.aggregateId);
    }
    if (changed.size === 0) return;
    const updates = [...changed].map((id) => ({ id, ...(current.get(id) as { status: string; version: number }) }));
    await m.query(
      `UPDATE tracker.commitment_status t SET status = u.status, version = u.version FROM unnest($1::uuid[], $2::text[], $3::int[]) AS u(id, status, version) WHERE t.commitment_id = u.id`,
      [updates.map((u) => u.id), updates.map((u) => u.status), updates.map((u) => u.version)],
    );
  }

  afterCommit(envelope: EventEnvelope): Promise<void> {
    return this.push.after(envelope);
  }

  private async issued({ payload: p, aggregateVersion, eventId }: RecommendationIssuedV1, m: EntityManager): Promise<void> {
    const inserted: unknown[] = await m.query(
      `INSERT INTO tracker.recommendation (id, secretariat_id, process, meeting_id, meeting_title, meeting_date, title, due_date, issued_at, version)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [p.recommendationId, p.secretariatId, p.meeting.process, p.meeting.meetingId, p.meeting.title, p.meeting.date, p.title, p.dueDate, p.issuedAt, aggregateVersion],
    );
    if (inserted.length === 0) return;
    for (const addressee of p.addresseeIds) {
      await m.query(`INSERT INTO tracker.addressee (recommendation_id, addressee_id) VALUES ($1, $2)`, [p.recommendationId, addressee]);
      const detail = { title: p.title, process: p.meeting.process, dueDate: p.dueDate, secretariatId: p.secretariatId };
      await this.notify(m, eventId, addressee, 'recommendation_issued', p.recommendationId, p.issuedAt, detail);
    }
  }

  private async responded({ payload: p }: RecommendationRespondedV1, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE tracker.addressee SET response = $3, response_reason = $4, response_revision = $5, responded_at = $6
       WHERE recommendation_id = $1 AND addressee_id = $2`,
      [p.recommendationId, p.addresseeId, p.response, p.reason, p.revision, p.respondedAt],
    );
  }

  private async reported({ payload: p }: FollowUpReportedV1, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE tracker.addressee SET report_count = report_count + 1, last_report_at = $3,
         first_report_at = COALESCE(first_report_at, $3), first_report_on_time = COALESCE(first_report_on_time, $4)
       WHERE recommendation_id = $1 AND addressee_id = $2`,
      [p.recommendationId, p.addresseeId, p.reportedAt, p.onTime],
    );
    for (const commitmentId of p.commitmentIds) {
      await m.query(`INSERT INTO tracker.linked_commitment (recommendation_id, addressee_id, commitment_id) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING`, [
        p.recommendationId,
        p.addresseeId,
        commitmentId,
      ]);
    }
  }

  private async overdue({ payload: p, eventId }: FollowUpOverdueV1, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE tracker.addressee SET reminder_count = reminder_count + 1, last_reminder_at = $3 WHERE recommendation_id = $1 AND addressee_id = $2`,
      [p.recommendationId, p.addresseeId, p.raisedAt],
    );
    const titles: { title: string; process: string }[] = await m.query(`SELECT title, process FROM tracker.recommendation WHERE id = $1`, [p.recommendationId]);
    const detail = { ...titles[0], dueDate: p.dueDate, daysOverdue: p.daysOverdue, periodIndex: p.periodIndex };
    await this.notify(m, eventId, p.addresseeId, 'follow_up_overdue', p.recommendationId, p.raisedAt, detail);
  }

  private async commitment(e: EventEnvelope, m: EntityManager): Promise<void> {
    if (e.type === 'CommitmentLogged') {
      const p = (e as CommitmentLoggedV1).payload;
      await m.query(`INSERT INTO tracker.commitment_status (commitment_id, status, version) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING`, [p.commitmentId, p.status, e.aggregateVersion]);
      return;
    }
    if (!(await isNextVersion(m, 'tracker.commitment_status', 'commitment_id', e))) return;
    if (e.type === 'CommitmentStatusChanged') {
      await m.query(`UPDATE tracker.commitment_status SET status = $2 WHERE commitment_id = $1`, [e.aggregateId, (e as CommitmentStatusChangedV1).payload.to]);
    }
  }

  private async notify(m: EntityManager, eventId: string, organisationId: string, kind: string, recommendationId: string, at: string, detail: object): Promise<void> {
    await m.query(
      `INSERT INTO tracker.notification (event_id, organisation_id, kind, recommendation_id, at, detail) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
      [eventId, organisationId, kind, recommendationId, at, JSON.stringify(detail)],
    );
  }
}
