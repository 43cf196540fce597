import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ASSESSMENT_STREAM, AssessmentPublishedV1, AssessmentRepliedV1 } from '@accord/assessments/contracts';
import { FollowUpReportedV1, RECOMMENDATION_STREAM } from '@accord/follow-up/contracts';
import { LOCAL_ACTION_STREAM, LocalActionReportedV1, LocalActionUpdatedV1 } from '@accord/local-actions/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';

interface Item {
  commitmentId: string;
  kind: string;
  sourceId: string;
  at: string;
  item: object;
}

/** What other contexts say about a commitment: assessments and replies, linked local actions, recommendations it answers. */
@Injectable()
export class CommitmentRelatedProjection {
  readonly name = 'tracker.commitment-related';
  readonly topics = [ASSESSMENT_STREAM, LOCAL_ACTION_STREAM, RECOMMENDATION_STREAM];

  constructor(private readonly live: LiveUpdatePublisher) {}

  async apply(e: EventEnvelope, m: EntityManager): Promise<void> {
    if (e.type === 'LocalActionUpdated') await m.query(`DELETE FROM tracker.related_item WHERE kind = 'local_action' AND source_id = $1`, [e.aggregateId]);
    for (const item of itemsOf(e)) {
      await m.query(
        `INSERT INTO tracker.related_item (event_id, commitment_id, kind, source_id, at, item) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
        [e.eventId, item.commitmentId, item.kind, item.sourceId, item.at, JSON.stringify(item.item)],
      );
    }
  }

  afterCommit(e: EventEnvelope): void {
    for (const item of itemsOf(e)) {
      this.live.publish({ type: e.type, aggregateId: item.commitmentId, occurredAt: e.occurredAt, view: { kind: item.kind, at: item.at, item: item.item } }, { kind: 'public' });
    }
  }
}

function itemsOf(e: EventEnvelope): Item[] {
  switch (e.type) {
    case 'AssessmentPublished': {
      const { commitmentId, assessmentId, publishedAt, ...rest } = (e as AssessmentPublishedV1).payload;
      return [{ commitmentId, kind: 'assessment', sourceId: assessmentId, at: publishedAt, item: { assessmentId, ...rest } }];
    }
    case 'AssessmentReplied': {
      const { commitmentId, assessmentId, repliedAt, text, ownerOrganisationId } = (e as AssessmentRepliedV1).payload;
      return [{ commitmentId, kind: 'assessment_reply', sourceId: assessmentId, at: repliedAt, item: { assessmentId, text, ownerOrganisationId } }];
    }
    case 'LocalActionReported':
    case 'LocalActionUpdated':
      return localActionItems(e as LocalActionReportedV1 | LocalActionUpdatedV1);
    case 'FollowUpReported': {
      const p = (e as FollowUpReportedV1).payload;
      const item = { recommendationId: p.recommendationId, addresseeId: p.addresseeId, narrative: p.narrative, onTime: p.onTime };
      return p.commitmentIds.map((commitmentId) => ({ commitmentId, kind: 'recommendation_answered', sourceId: p.recommendationId, at: p.reportedAt, item }));
    }
    default:
      return [];
  }
}

function localActionItems(e: LocalActionReportedV1 | LocalActionUpdatedV1): Item[] {
  const p = e.payload;
  const at = 'reportedAt' in p ? p.reportedAt : p.updatedAt;
  const item = { localActionId: p.localActionId, title: p.title, status: p.status, beneficiaries: p.beneficiaries, location: p.location, date: p.date, cityOrganisationId: e.actor?.organisationId ?? null };
  return p.commitmentIds.map((commitmentId) => ({ commitmentId, kind: 'local_action', sourceId: p.localActionId, at, item }));
}
