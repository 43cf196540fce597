import { Injectable } from '@nestjs/common';
import { readPage } from '@accord/shared/persistence';
import { DataSource } from 'typeorm';
import { isAgency, mayEnterRoom, RoomViewer } from '../access/room-viewer';
import { FieldReportsSummary, FieldReportView, Page } from '@accord/crisis/contracts/views';
import { ConcernedQueries } from './concerned.queries';
import { FieldReportRow, toFieldReportView } from './field-report.row';

export interface FieldReportFilter {
  incident?: string;
  need?: string;
  page: number;
  pageSize: number;
}

const MAP_POINTS = 500;

@Injectable()
export class FieldReportQueries {
  constructor(private readonly db: DataSource, private readonly concerned: ConcernedQueries) {}

  /** Room members and the monitors that filed on this alert may read its field reports. */
  async mayRead(alertId: string, viewer: RoomViewer): Promise<boolean> {
    const members = new Set((await this.concerned.of(alertId)).map((c) => c.organisationId));
    const { organisationId } = viewer;
    if (mayEnterRoom(viewer, members)) return true;
    return (await this.monitorsOf(alertId)).includes(organisationId);
  }

  async monitorsOf(alertId: string): Promise<string[]> {
    const rows: { monitor_organisation_id: string }[] = await this.db.query(`SELECT DISTINCT monitor_organisation_id FROM crisis_room.field_report WHERE alert_id = $1 ORDER BY 1`, [alertId]);
    return rows.map((r) => r.monitor_organisation_id);
  }

  async page(alertId: string, viewer: RoomViewer, f: FieldReportFilter): Promise<Page<FieldReportView>> {
    const params: unknown[] = [alertId];
    const where = ['alert_id = $1'];
    if (f.incident) where.push(`incidents @> $${params.push(JSON.stringify([{ kind: f.incident }]))}::jsonb`);
    if (f.need) where.push(`needs @> $${params.push(JSON.stringify([f.need]))}::jsonb`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const { rows, total } = await readPage<FieldReportRow>(this.db, {
      rows: `SELECT * FROM crisis_room.field_report ${clause} ORDER BY observed_at DESC, id LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
      count: `SELECT count(*)::int AS total FROM crisis_room.field_report ${clause}`,
      params,
    });
    return { items: rows.map((r) => this.view(r, viewer)), total, page: f.page, pageSize: f.pageSize };
  }

  async one(reportId: string, viewer: RoomViewer): Promise<FieldReportView | null> {
    const rows: FieldReportRow[] = await this.db.query(`SELECT * FROM crisis_room.field_report WHERE id = $1`, [reportId]);
    return rows[0] ? this.view(rows[0], viewer) : null;
  }

  async summary(alertId: string): Promise<FieldReportsSummary> {
    const [{ total }]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total FROM crisis_room.field_report WHERE alert_id = $1`, [alertId]);
    const rows: FieldReportRow[] = await this.db.query(
      `SELECT * FROM crisis_room.field_report WHERE alert_id = $1 AND lat IS NOT NULL ORDER BY observed_at DESC, id LIMIT ${MAP_POINTS}`,
      [alertId],
    );
    return { total, points: rows.map((r) => ({ id: r.id, name: r.place_name, lat: Number(r.lat), lon: Number(r.lon), observedAt: toFieldReportView(r, true).observedAt })) };
  }

  private view(r: FieldReportRow, viewer: RoomViewer): FieldReportView {
    return toFieldReportView(r, isAgency(viewer) || r.monitor_organisation_id === viewer.organisationId);
  }
}
