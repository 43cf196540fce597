export interface TrackerFilter {
  secretariatId?: string;
  addresseeId?: string;
  process?: string;
  recommendationId?: string;
  state?: 'awaiting_response' | 'overdue' | 'reported';
  page: number;
  pageSize: number;
}

/** WHERE clause with numbered parameters; $1 is always today's date. */
export function trackerWhere(f: TrackerFilter, today: string): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [today];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(params.length));
  };
  if (f.secretariatId) add((n) => `r.secretariat_id = $${n}`, f.secretariatId);
  if (f.addresseeId) add((n) => `a.addressee_id = $${n}`, f.addresseeId);
  if (f.process) add((n) => `r.process = $${n}`, f.process);
  if (f.recommendationId) add((n) => `r.id = $${n}::uuid`, f.recommendationId);
  if (f.state === 'awaiting_response') clauses.push('a.response IS NULL');
  if (f.state === 'overdue') clauses.push('a.first_report_at IS NULL AND r.due_date < $1::date');
  if (f.state === 'reported') clauses.push('a.first_report_at IS NOT NULL');
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
