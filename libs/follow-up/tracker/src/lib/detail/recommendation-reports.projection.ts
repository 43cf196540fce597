import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FollowUpReportedV1, RECOMMENDATION_STREAM } from '@accord/follow-up/contracts';
import { EventEnvelope } from '@accord/shared/contracts';

/**
 * Keeps each report (the tracker keeps only counts). Append-only and keyed by event id, so order and
 * redelivery do not matter; the tracker's own projection pushes the live updates.
 */
@Injectable()
export class RecommendationReportsProjection {
  readonly name = 'tracker.recommendation-reports';
  readonly topics = [RECOMMENDATION_STREAM];

  async apply(e: EventEnvelope, m: EntityManager): Promise<void> {
    if (e.type !== 'FollowUpReported') return;
    const p = (e as FollowUpReportedV1).payload;
    await m.query(
      `INSERT INTO tracker.follow_up_report (event_id, recommendation_id, aggregate_version, addressee_id, narrative, commitment_ids, local_action_ids, on_time, reported_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT DO NOTHING`,
      [e.eventId, p.recommendationId, e.aggregateVersion, p.addresseeId, p.narrative, p.commitmentIds, p.localActionIds, p.onTime, p.reportedAt],
    );
  }

  afterCommit(): void {
    // Nothing to push: FollowUpTrackerProjection already tells the audience about this report.
  }
}
