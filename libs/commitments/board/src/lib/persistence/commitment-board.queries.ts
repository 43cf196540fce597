import { Injectable } from '@nestjs/common';
import { readPage } from '@accord/shared/persistence';
import { DataSource } from 'typeorm';
import { CommitmentDetailView, CommitmentView, Page, TimelineEntry } from '../commitment-view';
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
    const rows: CommitmentViewRow[] = await this.db.query(`SELECT ${COMMITMENT_VIEW_COLUMNS} FROM board.commitment_view WHERE id = $1`, [id]);
    return rows[0] ? toCommitmentView(rows[0]) : null;
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
