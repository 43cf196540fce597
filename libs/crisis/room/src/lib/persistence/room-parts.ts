import { shownCount, shownPercent, shownTotal, shownTotalBeyondKnown } from '../access/small-counts';
import { ConsularSummary, EvacuationView, PresenceByState } from '@accord/crisis/contracts/views';
import { iso } from './alert.row';
import { ConsularRequestRow } from './consular-request.row';

export interface PresenceRow {
  report_id: string;
  state_organisation_id: string;
  places: { place: string; count: number }[];
  total: number;
  needs: string[];
  reported_at: Date | string;
}

export interface EvacuationRow {
  id: string;
  name: string;
  operator_organisation_id: string;
  targets: { nationality: string; count: number }[];
  movements: Record<string, Record<string, number>>;
  reporters: string[];
  opened_at: Date | string;
  changed_at: Date | string;
}

export function toPresence(r: PresenceRow, exact: boolean): PresenceByState {
  const places = r.places.map((p) => ({ place: p.place, count: shownCount(p.count, exact) }));
  return {
    stateOrganisationId: r.state_organisation_id,
    reportId: r.report_id,
    reportedAt: iso(r.reported_at),
    places,
    total: shownTotal(r.total, places.map((p) => p.count), exact),
    needs: r.needs,
  };
}

/** `mine`: the requests the viewer sees in full, whose counts must not unlock the others' through the sum. */
export function consularSummary(rows: ConsularRequestRow[], mine: ConsularRequestRow[], exact: boolean): ConsularSummary {
  const byState: Record<string, number> = {};
  for (const r of rows) byState[r.state] = (byState[r.state] ?? 0) + 1;
  const sum = (list: ConsularRequestRow[]) => list.reduce((n, r) => n + r.nationals_count, 0);
  return { requests: rows.length, nationals: shownTotalBeyondKnown(sum(rows), sum(mine), exact), byState };
}

export function toEvacuation(r: EvacuationRow, exact: boolean): EvacuationView {
  const nationalities = [...new Set([...r.targets.map((t) => t.nationality), ...Object.keys(r.movements)])].sort();
  const progress = nationalities.map((nationality) => {
    const target = shownCount(r.targets.find((t) => t.nationality === nationality)?.count ?? 0, exact);
    const moved = r.movements[nationality] ?? {};
    const movements = Object.fromEntries(Object.entries(moved).map(([kind, n]) => [kind, shownCount(n, exact)]));
    return { nationality, target, movements, percent: shownPercent(movements['evacuated'] ?? 0, target) };
  });
  return { id: r.id, name: r.name, operatorOrganisationId: r.operator_organisation_id, openedAt: iso(r.opened_at), changedAt: iso(r.changed_at), progress };
}
