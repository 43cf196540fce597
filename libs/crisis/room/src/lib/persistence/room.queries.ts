import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isAgency, mayEnterRoom, RoomViewer } from '../access/room-viewer';
import { CrisisRoomView, ExposureEntry, RoomDetails } from '@accord/crisis/contracts/views';
import { AlertQueries } from './alert.queries';
import { isoOrNull, iso } from './alert.row';
import { ConcernedQueries, requestInRoom } from './concerned.queries';
import { ConsularRequestRow, partiesOf, toConsularRequestView } from './consular-request.row';
import { FieldReportQueries } from './field-report.queries';
import { consularSummary, EvacuationRow, PresenceRow, toEvacuation, toPresence } from './room-parts';

interface TaskRow {
  organisation_id: string;
  status: 'open' | 'closed';
  opened_at: Date | string;
  closed_at: Date | string | null;
}

/** The crisis room as one viewer may see it; every count rule is applied here, once. */
@Injectable()
export class RoomQueries {
  constructor(private readonly db: DataSource, private readonly alerts: AlertQueries, private readonly concerned: ConcernedQueries, private readonly fieldReports: FieldReportQueries) {}

  async view(alertId: string, viewer: RoomViewer | null): Promise<CrisisRoomView | null> {
    const alert = await this.alerts.publicView(alertId);
    if (!alert) return null;
    const concerned = await this.concerned.of(alertId);
    if (!mayEnterRoom(viewer, new Set(concerned.map((c) => c.organisationId)))) return { alert, room: null };
    const [presence, consular, evacuations, exposure, fieldReports] = await Promise.all([
      this.presence(alertId, viewer),
      this.consular(alertId, viewer),
      this.evacuations(alertId, viewer),
      this.exposure(alertId),
      this.fieldReports.summary(alertId),
    ]);
    const room: RoomDetails = { presence, consular, evacuations, exposure, concerned, fieldReports };
    return { alert, room };
  }

  async consularRequest(requestId: string): Promise<ConsularRequestRow | null> {
    const rows: ConsularRequestRow[] = await this.db.query(`SELECT * FROM crisis_room.consular_request WHERE id = $1`, [requestId]);
    return rows[0] ?? null;
  }

  private async presence(alertId: string, viewer: RoomViewer): Promise<RoomDetails['presence']> {
    const rows: PresenceRow[] = await this.db.query(
      `SELECT DISTINCT ON (state_organisation_id) * FROM crisis_room.presence_report WHERE alert_id = $1
       ORDER BY state_organisation_id, reported_at DESC, report_id DESC`,
      [alertId],
    );
    return rows.map((r) => toPresence(r, isAgency(viewer) || r.state_organisation_id === viewer.organisationId));
  }

  private async consular(alertId: string, viewer: RoomViewer): Promise<RoomDetails['consular']> {
    const rows: ConsularRequestRow[] = await this.db.query(`SELECT * FROM crisis_room.consular_request c WHERE ${requestInRoom('c')} ORDER BY raised_at, id`, [alertId]);
    const mine = rows.filter((r) => partiesOf(r).includes(viewer.organisationId));
    return { mine: mine.map(toConsularRequestView), summary: consularSummary(rows, mine, isAgency(viewer)) };
  }

  private async evacuations(alertId: string, viewer: RoomViewer): Promise<RoomDetails['evacuations']> {
    const rows: EvacuationRow[] = await this.db.query(`SELECT * FROM crisis_room.evacuation_operation WHERE alert_id = $1 ORDER BY opened_at, id`, [alertId]);
    return rows.map((r) => toEvacuation(r, isAgency(viewer)));
  }

  private async exposure(alertId: string): Promise<ExposureEntry[]> {
    const rows: TaskRow[] = await this.db.query(`SELECT * FROM crisis_room.task WHERE alert_id = $1 ORDER BY organisation_id`, [alertId]);
    return rows.map((r) => ({ organisationId: r.organisation_id, status: r.status, openedAt: iso(r.opened_at), closedAt: isoOrNull(r.closed_at) }));
  }
}
