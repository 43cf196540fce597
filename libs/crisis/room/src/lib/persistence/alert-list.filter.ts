export interface AlertListFilter {
  country?: string;
  /** `active` (the default) is open or updated: every alert not yet closed. */
  status?: 'active' | 'open' | 'updated' | 'closed' | 'all';
  page: number;
  pageSize: number;
}

/** Numbered parameters only; input is never concatenated into SQL. */
export function alertListWhere(f: AlertListFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (f.country) {
    params.push(f.country);
    clauses.push(`country = $${params.length}`);
  }
  const status = f.status ?? 'active';
  if (status === 'active') clauses.push(`status <> 'closed'`);
  else if (status !== 'all') {
    params.push(status);
    clauses.push(`status = $${params.length}`);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
