import { CommitmentView } from './commitment.models';

/** Board filters as the query string of `GET /api/commitments` names them ('' = any). */
export interface BoardFilters {
  organisationId: string;
  kind: string;
  country: string;
  gcmObjective: string;
  sdgTarget: string;
  status: string;
  q: string;
  /** 'true': only commitments an assessment disputes. */
  disputed: string;
  /** A day (YYYY-MM-DD): the board as it stood then, replayed on the server; no live updates apply. */
  asOf: string;
}

export const EMPTY_FILTERS: BoardFilters = { organisationId: '', kind: '', country: '', gcmObjective: '', sdgTarget: '', status: '', q: '', disputed: '', asOf: '' };

export const FILTER_KEYS = Object.keys(EMPTY_FILTERS) as (keyof BoardFilters)[];

/**
 * Whether a live view belongs on the board under these filters. Mirrors the server's filter; the free
 * text is matched on title, description and owner name, case-insensitively.
 */
export function matchesFilters(view: CommitmentView, f: BoardFilters): boolean {
  if (f.organisationId && !owns(view, f.organisationId)) return false;
  if (f.disputed === 'true' && !view.disputed) return false;
  if (f.kind && view.ownerKind !== f.kind) return false;
  if (f.country && view.ownerCountry !== f.country.toUpperCase()) return false;
  if (f.gcmObjective && !view.gcmObjectives.includes(Number(f.gcmObjective))) return false;
  if (f.sdgTarget && !view.sdgTargets.includes(f.sdgTarget)) return false;
  if (f.status && view.status !== f.status) return false;
  const q = f.q.trim().toLowerCase();
  if (q && ![view.title, view.description, view.ownerOrganisationName].some((s) => s.toLowerCase().includes(q))) return false;
  return true;
}

/** Filters from URL query parameters, ignoring unknown keys. */
export function filtersFromParams(params: Record<string, string | undefined>): BoardFilters {
  const out = { ...EMPTY_FILTERS };
  for (const key of FILTER_KEYS) out[key] = params[key] ?? '';
  return out;
}

function owns(view: CommitmentView, organisationId: string): boolean {
  return view.ownerOrganisationId === organisationId || (view.owners ?? []).some((o) => o.organisationId === organisationId);
}
