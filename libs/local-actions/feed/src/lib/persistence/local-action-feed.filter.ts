export interface LocalActionFeedFilter {
  country?: string;
  commitmentId?: string;
  recommendationId?: string;
  cityOrganisationId?: string;
  status?: string;
  page: number;
  pageSize: number;
}

/** WHERE clause with numbered parameters; input is never concatenated into SQL. */
export function feedWhere(f: LocalActionFeedFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(params.length));
  };
  if (f.country) add((n) => `country = $${n}`, f.country);
  if (f.commitmentId) add((n) => `$${n}::uuid = ANY(commitment_ids)`, f.commitmentId);
  if (f.recommendationId) add((n) => `$${n}::uuid = ANY(recommendation_ids)`, f.recommendationId);
  if (f.cityOrganisationId) add((n) => `city_organisation_id = $${n}`, f.cityOrganisationId);
  if (f.status) add((n) => `status = $${n}`, f.status);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
