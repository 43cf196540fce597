import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { InvalidInput } from '@accord/shared/kernel';
import { CommitmentView } from '@accord/commitments/contracts/views';
import { BoardFilter, boardWhere } from '../persistence/board-filter';
import { COMMITMENT_VIEW_COLUMNS } from '../persistence/commitment-view.columns';
import { CommitmentViewRow, toCommitmentView } from '../persistence/commitment-view.row';
import { EXPORT_BATCH_SIZE, MAX_EXPORT_ROWS } from './export-limits';

export type BoardExportFilter = Omit<BoardFilter, 'page' | 'pageSize'>;

/** Every board row matching the filters, in the board's order, read in batches from one snapshot. */
@Injectable()
export class CommitmentExportQueries {
  constructor(private readonly db: DataSource) {}

  all(filter: BoardExportFilter): Promise<CommitmentView[]> {
    const { sql, params } = boardWhere({ ...filter, page: 1, pageSize: 1 });
    return this.db.transaction('REPEATABLE READ', async (m) => {
      const [{ total }]: { total: number }[] = await m.query(`SELECT count(*)::int AS total FROM board.commitment_view ${sql}`, params);
      if (total > MAX_EXPORT_ROWS) {
        throw new InvalidInput('filters', `an export holds at most ${MAX_EXPORT_ROWS} commitments and ${total} match: narrow the filters`);
      }
      return this.batches(m, sql, params, total);
    });
  }

  private async batches(m: EntityManager, where: string, params: unknown[], total: number): Promise<CommitmentView[]> {
    const views: CommitmentView[] = [];
    for (let offset = 0; offset < total; offset += EXPORT_BATCH_SIZE) {
      const rows: CommitmentViewRow[] = await m.query(
        `SELECT ${COMMITMENT_VIEW_COLUMNS} FROM board.commitment_view ${where} ORDER BY logged_at DESC, id LIMIT ${EXPORT_BATCH_SIZE} OFFSET ${offset}`,
        params,
      );
      views.push(...rows.map(toCommitmentView));
    }
    return views;
  }
}
