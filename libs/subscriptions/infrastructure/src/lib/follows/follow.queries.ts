import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readPage } from '@accord/shared/persistence';
import { FollowTargetKind } from '@accord/subscriptions/domain';
import { FollowView, Page } from '../subscription-views';

interface FollowRecord {
  id: string;
  target_kind: FollowTargetKind;
  target_id: string;
  since: Date;
}

export interface FollowListFilter {
  kind?: FollowTargetKind;
  targetId?: string;
}

@Injectable()
export class FollowQueries {
  constructor(private readonly db: DataSource) {}

  /** The person's active follows, newest first; `kind`/`targetId` narrow it (the portal asks "do I follow this?"). */
  async page(personId: string, filter: FollowListFilter, page: number, pageSize: number): Promise<Page<FollowView>> {
    const where = [`person_id = $1`, `active`];
    const params: unknown[] = [personId];
    if (filter.kind) where.push(`target_kind = $${params.push(filter.kind)}`);
    if (filter.targetId) where.push(`target_id = $${params.push(filter.targetId)}`);
    const { rows, total } = await readPage<FollowRecord>(this.db, {
      rows: `SELECT id, target_kind, target_id, since FROM subscriptions.follow WHERE ${where.join(' AND ')}
        ORDER BY since DESC, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      count: `SELECT count(*)::int AS total FROM subscriptions.follow WHERE ${where.join(' AND ')}`,
      params,
    });
    return { items: rows.map((r) => ({ followId: r.id, target: { kind: r.target_kind, id: r.target_id }, since: new Date(r.since).toISOString() })), total, page, pageSize };
  }
}
