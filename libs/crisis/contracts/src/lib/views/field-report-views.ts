import { ShownCount } from './crisis-room-views';

/** A monitor's report as a room member sees it: counts 1–4 hidden beyond the monitor and the agencies. */
export interface FieldReportView {
  id: string;
  alertId: string;
  monitorOrganisationId: string;
  place: { name: string; lat: number | null; lon: number | null };
  observedAt: string;
  filedAt: string;
  movements: { direction: string; sex: string; ageBand: string; count: ShownCount }[];
  movementTotal: ShownCount;
  incidents: { kind: string; count: ShownCount }[];
  needs: string[];
}

export interface FieldReportPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  observedAt: string;
}

/** What the room shows of field reports: how many, and where for the map. */
export interface FieldReportsSummary {
  total: number;
  points: FieldReportPoint[];
}
