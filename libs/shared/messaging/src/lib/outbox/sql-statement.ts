/** A parameterised statement ($1, $2, …) to run later, possibly combined with others. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * Several data-modifying statements as ONE (one round trip): all but the last become WITH clauses, their
 * placeholders renumbered. They run on one snapshot and none sees another's rows, so only statements
 * that do not read each other's writes may be combined. Placeholders only, never `$n` inside literals.
 */
export function combineStatements(statements: readonly SqlStatement[]): SqlStatement {
  if (statements.length === 1) return statements[0];
  let offset = 0;
  const renumbered = statements.map((s) => {
    const sql = s.sql.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + offset}`);
    offset += s.params.length;
    return sql;
  });
  const last = renumbered.pop() as string;
  return {
    sql: `WITH ${renumbered.map((sql, i) => `w${i} AS (${sql})`).join(', ')} ${last}`,
    params: statements.flatMap((s) => s.params),
  };
}

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Runs the statements (if any) as one, combined. */
export async function runCombined(m: Queryable, statements: readonly SqlStatement[] | void): Promise<void> {
  if (!statements || statements.length === 0) return;
  const all = combineStatements(statements);
  await m.query(all.sql, [...all.params]);
}
