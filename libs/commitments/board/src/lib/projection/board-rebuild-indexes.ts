import { DataSource } from 'typeorm';

const TABLES = ['commitment_view', 'commitment_timeline', 'event_history'];
const LEDGER = 'board.rebuild_set_aside_index';

/**
 * The secondary (non-unique) indexes of the board tables a rebuild fills from empty. Maintaining them
 * row by row costs a third of a rebuild's time; building them once at the end costs a few percent.
 * The unique indexes stay: the inserts' ON CONFLICT needs them. The definitions are written down in
 * board.rebuild_set_aside_index in the transaction that drops them, so a rebuild that dies midway has
 * them built again by the next one (or by `restore()`).
 */
export class BoardRebuildIndexes {
  private constructor(private readonly db: DataSource) {}

  /** Restores whatever an earlier rebuild left set aside, then sets aside the indexes of empty tables. */
  static async setAsideOnEmptyTables(db: DataSource): Promise<BoardRebuildIndexes> {
    const indexes = new BoardRebuildIndexes(db);
    await indexes.restore();
    const empty: string[] = [];
    for (const table of TABLES) {
      const [{ filled }]: { filled: boolean }[] = await db.query(`SELECT EXISTS (SELECT 1 FROM board.${table}) AS filled`);
      if (!filled) empty.push(table);
    }
    if (empty.length) await indexes.setAside(empty);
    return indexes;
  }

  /** Builds again the indexes a rebuild that died midway left set aside. */
  static restoreLeftovers(db: DataSource): Promise<void> {
    return new BoardRebuildIndexes(db).restore();
  }

  /** Builds every set-aside index again; each one leaves the ledger in the transaction that builds it. */
  async restore(): Promise<void> {
    const [{ present }]: { present: boolean }[] = await this.db.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [LEDGER]);
    if (!present) return;
    const pending: { name: string; definition: string }[] = await this.db.query(`SELECT name, definition FROM ${LEDGER} ORDER BY name`);
    for (const index of pending) {
      await this.db.transaction(async (m) => {
        await m.query(index.definition.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '));
        await m.query(`DELETE FROM ${LEDGER} WHERE name = $1`, [index.name]);
      });
    }
  }

  private async setAside(tables: string[]): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`CREATE TABLE IF NOT EXISTS ${LEDGER} (name text PRIMARY KEY, definition text NOT NULL)`);
      const found: { name: string; definition: string }[] = await m.query(
        `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE n.nspname = 'board' AND t.relname = ANY($1) AND NOT x.indisunique AND NOT x.indisprimary`,
        [tables],
      );
      for (const index of found) {
        await m.query(`INSERT INTO ${LEDGER} (name, definition) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [index.name, index.definition]);
        await m.query(`DROP INDEX IF EXISTS board.${quoteIdent(index.name)}`);
      }
    });
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
