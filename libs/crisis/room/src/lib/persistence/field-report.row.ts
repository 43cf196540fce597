import { shownCount, shownTotal } from '../access/small-counts';
import { FieldReportView } from '@accord/crisis/contracts/views';
import { iso } from './alert.row';

export interface FieldReportRow {
  id: string;
  alert_id: string;
  monitor_organisation_id: string;
  place_name: string;
  lat: number | null;
  lon: number | null;
  observed_at: Date | string;
  filed_at: Date | string;
  movements: { direction: string; sex: string; ageBand: string; count: number }[];
  incidents: { kind: string; count: number }[];
  needs: string[];
}

export function toFieldReportView(r: FieldReportRow, exact: boolean): FieldReportView {
  const movements = r.movements.map((m) => ({ ...m, count: shownCount(m.count, exact) }));
  const total = r.movements.reduce((n, m) => n + m.count, 0);
  return {
    id: r.id,
    alertId: r.alert_id,
    monitorOrganisationId: r.monitor_organisation_id,
    place: { name: r.place_name, lat: r.lat === null ? null : Number(r.lat), lon: r.lon === null ? null : Number(r.lon) },
    observedAt: iso(r.observed_at),
    filedAt: iso(r.filed_at),
    movements,
    movementTotal: shownTotal(total, movements.map((m) => m.count), exact),
    incidents: r.incidents.map((i) => ({ kind: i.kind, count: shownCount(i.count, exact) })),
    needs: r.needs,
  };
}
