/** A parameterised statement ($1, $2, …) to run later, possibly combined with others. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: readonly unknown[];
  /** For an UPDATE or DELETE that must touch exactly this many rows (an optimistic version check). */
  readonly expect?: RowCheck;
}

export interface RowCheck {
  readonly rows: number;
  /** The error to raise when it touched another number; runs in the same, still open, transaction. */
  failure(): Promise<Error>;
}

export interface CombinedStatement extends SqlStatement {
  /** The statements with an `expect`, by the result column that counts their rows. */
  readonly checks: readonly { readonly column: string; readonly check: RowCheck }[];
}

/**
 * Several data-modifying statements as ONE (one round trip): each becomes a WITH clause, its placeholders
 * renumbered. They run on one snapshot and none sees another's rows, so only statements that do not read
 * each other's writes may be combined. Placeholders only, never `$n` inside literals. A statement with
 * an `expect` returns its rows, counted in the result so the caller can check them before committing;
 * with `checksInSql` the statement checks them itself and fails as a whole (ROW_CHECK_FAILED_CODE, via
 * messaging.row_check_failed) when one does not hold, which makes it safe to run without a transaction.
 */
export function combineStatements(statements: readonly SqlStatement[], options: { checksInSql?: boolean } = {}): CombinedStatement {
  if (statements.length === 1 && !statements[0].expect) return { ...statements[0], checks: [] };
  let offset = 0;
  const clauses = statements.map((s, i) => {
    const sql = s.sql.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + offset}`);
    offset += s.params.length;
    return `w${i} AS (${sql}${s.expect ? ' RETURNING 1' : ''})`;
  });
  const checks = statements.flatMap((s, i) => (s.expect ? [{ column: `w${i}`, check: s.expect }] : []));
  const count = (c: (typeof checks)[number]) => `(SELECT count(*) FROM ${c.column})::int`;
  const column = (c: (typeof checks)[number]) =>
    options.checksInSql ? `CASE WHEN ${count(c)} = ${c.check.rows} THEN ${c.check.rows} ELSE messaging.row_check_failed('${c.column}') END AS ${c.column}` : `${count(c)} AS ${c.column}`;
  const counts = checks.length ? checks.map(column).join(', ') : '1 AS done';
  return { sql: `WITH ${clauses.join(', ')} SELECT ${counts}`, params: statements.flatMap((s) => s.params), checks };
}

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Runs the statements (if any) as one, combined, and raises the failure of the first check that does not hold. */
export async function runCombined(m: Queryable, statements: readonly SqlStatement[] | void): Promise<void> {
  if (!statements || statements.length === 0) return;
  const all = combineStatements(statements);
  const result = await m.query(all.sql, [...all.params]);
  await verifyChecks(all, result);
}

/** The SQLSTATE messaging.row_check_failed raises (row-check.migration.ts). */
export const ROW_CHECK_FAILED_CODE = 'AC409';

/** The check whose failure `error` reports, when it comes from a statement combined with `checksInSql`. */
export function failedCheck(all: CombinedStatement, error: unknown): RowCheck | undefined {
  const e = error as { code?: string; message?: string; driverError?: { code?: string; message?: string } };
  const code = e?.driverError?.code ?? e?.code;
  if (code !== ROW_CHECK_FAILED_CODE) return undefined;
  const message = e?.driverError?.message ?? e?.message ?? '';
  return all.checks.find((c) => message.endsWith(`row check failed: ${c.column}`))?.check;
}

export async function verifyChecks(all: CombinedStatement, result: unknown): Promise<void> {
  if (all.checks.length === 0) return;
  const row = (Array.isArray(result) ? result[0] : undefined) as Record<string, number> | undefined;
  for (const { column, check } of all.checks) if (row?.[column] !== check.rows) throw await check.failure();
}
