import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommitmentRelated, RelatedItem } from '@accord/follow-up/contracts/views';

interface RelatedRecord {
  kind: RelatedItem['kind'];
  at: Date;
  item: Record<string, unknown>;
  recommendation_title: string | null;
  recommendation_process: string | null;
}

@Injectable()
export class CommitmentRelatedQueries {
  constructor(private readonly db: DataSource) {}

  async related(commitmentId: string): Promise<CommitmentRelated> {
    const rows: RelatedRecord[] = await this.db.query(
      `SELECT i.kind, i.at, i.item, r.title AS recommendation_title, r.process AS recommendation_process
       FROM tracker.related_item i LEFT JOIN tracker.recommendation r ON i.kind = 'recommendation_answered' AND r.id = i.source_id
       WHERE i.commitment_id = $1 ORDER BY i.at, i.event_id`,
      [commitmentId],
    );
    const items = rows.map((r) => ({ kind: r.kind, at: new Date(r.at).toISOString(), item: withRecommendation(r) }));
    return { commitmentId, disputed: isDisputed(items), items };
  }
}

function withRecommendation(r: RelatedRecord): Record<string, unknown> {
  return r.kind === 'recommendation_answered' ? { ...r.item, recommendationTitle: r.recommendation_title, process: r.recommendation_process } : r.item;
}

function isDisputed(items: RelatedItem[]): boolean {
  const replied = new Set(items.filter((i) => i.kind === 'assessment_reply').map((i) => i.item['assessmentId']));
  return items.some((i) => i.kind === 'assessment' && i.item['contestedStatus'] && !replied.has(i.item['assessmentId']));
}
