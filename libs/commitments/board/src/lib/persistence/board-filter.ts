export interface BoardFilter {
  organisationId?: string;
  kind?: string;
  country?: string;
  gcmObjective?: number;
  sdgTarget?: string;
  status?: string;
  q?: string;
  disputed?: boolean;
  page: number;
  pageSize: number;
}

/** Builds the WHERE clause with numbered parameters; never string-concatenates input. */
export function boardWhere(f: BoardFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(params.length));
  };
  // An organisation's commitments include the joint ones it co-owns.
  if (f.organisationId) add((n) => `(owner_organisation_id = $${n} OR owners @> jsonb_build_array(jsonb_build_object('organisationId', $${n}::text)))`, f.organisationId);
  if (f.kind) add((n) => `owner_kind = $${n}`, f.kind);
  if (f.country) add((n) => `owner_country = $${n}`, f.country);
  if (f.gcmObjective) add((n) => `$${n} = ANY(gcm_objectives)`, f.gcmObjective);
  if (f.sdgTarget) add((n) => `$${n} = ANY(sdg_targets)`, f.sdgTarget);
  if (f.status) add((n) => `status = $${n}`, f.status);
  if (f.q) add((n) => `(title ILIKE $${n} OR description ILIKE $${n} OR owner_name ILIKE $${n})`, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.disputed !== undefined) clauses.push(`${f.disputed ? '' : 'NOT '}EXISTS (SELECT 1 FROM board.dispute d WHERE d.commitment_id = commitment_view.id AND d.replied_at IS NULL)`);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
