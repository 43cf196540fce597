import { DataSource } from 'typeorm';

export interface PageQuery {
  /** The page's rows (with its own ORDER BY, LIMIT and OFFSET). */
  rows: string;
  /** One row with an integer column `total`, over the same filter. */
  count: string;
  params: unknown[];
}

/**
 * A page and its total read from one snapshot. Two separate statements can straddle a projection's
 * commit and answer "total 1, no rows"; REPEATABLE READ makes both see the same committed state.
 */
export async function readPage<Row>(db: DataSource, query: PageQuery): Promise<{ rows: Row[]; total: number }> {
  return db.transaction('REPEATABLE READ', async (m) => {
    const rows: Row[] = await m.query(query.rows, query.params);
    const count: { total: number }[] = await m.query(query.count, query.params);
    return { rows, total: count[0]?.total ?? 0 };
  });
}
