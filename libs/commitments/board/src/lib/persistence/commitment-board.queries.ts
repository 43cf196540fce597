import { Injectable } from '@nestjs/common';
import { isUuid } from '@accord/shared/kernel';
import { readPage } from '@accord/shared/persistence';
import { DataSource } from 'typeorm';
import { CommitmentDetailView, CommitmentView, Page, TimelineEntry } from '@accord/commitments/contracts/views';
import { BoardFilter, boardWhere } from './board-filter';
import { COMMITMENT_VIEW_COLUMNS } from './commitment-view.columns';
import { CommitmentViewRow, toCommitmentView } from './commitment-view.row';

@Injectable()
export class CommitmentBoardQueries {
  constructor(private readonly db: DataSource) {}

  async page(filter: BoardFilter): Promise<Page<CommitmentView>> {
    const { sql, params } = boardWhere(filter);
    const offset = (filter.page - 1) * filter.pageSize;
    const { rows, total } = await readPage<CommitmentViewRow>(this.db, {
      rows: `SELECT ${COMMITMENT_VIEW_COLUMNS} FROM board.commitment_view ${sql} ORDER BY logged_at DESC, id LIMIT ${filter.pageSize} OFFSET ${offset}`,
      count: `SELECT count(*)::int AS total FROM board.commitment_view ${sql}`,
      params,
    });
    return { items: rows.map(toCommitmentView), total, page: filter.page, pageSize: filter.pageSize };
  }

  async findView(id: string): Promise<CommitmentView | null> {
    return (await this.findViews([id])).get(id) ?? null;
  }

  /** Several views in one read (the live pushes of a batch), keyed by id; unknown ids are absent. */
  async findViews(ids: readonly string[]): Promise<Map<string, CommitmentView>> {
    const uuids = ids.filter(isUuid);
    if (uuids.length === 0) return new Map();
    const rows: CommitmentViewRow[] = await this.db.query(`SELECT ${COMMITMENT_VIEW_COLUMNS} FROM board.commitment_view WHERE id = ANY($1::uuid[])`, [uuids]);
    return new Map(rows.map((r) => [r.id, toCommitmentView(r)]));
  }

  async findDetail(id: string): Promise<CommitmentDetailView | null> {
    const view = await this.findView(id);
    if (!view) return null;
    const entries: { entry: TimelineEntry }[] = await this.db.query(
      'SELECT entry FROM board.commitment_timeline WHERE commitment_id = $1 ORDER BY aggregate_version',
      [id],
    );
    return { ...view, timeline: entries.map((e) => e.entry) };
  }
}
