import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoomViewer } from '../access/room-viewer';
import { RegionalPage, RoomCapacityRoute, RoomConsultationView } from '@accord/crisis/contracts/views';

interface ConsultationRow {
  id: string;
  alert_id: string;
  secretariat_id: string;
  process: string;
  title: string;
  scheduled_at: Date | string;
  status: 'convened' | 'closed';
  invited_state_ids: string[];
  agency_ids: string[];
  attendance: Record<string, boolean>;
  decisions: RoomConsultationView['decisions'];
  changed_at: Date | string;
}

const iso = (d: Date | string) => new Date(d).toISOString();
// The convening secretariat, the invited States and agencies ($2 = the viewer is an agency).
const VISIBLE = `(secretariat_id = $1 OR invited_state_ids @> jsonb_build_array($1::text) OR $2::boolean)`;

@Injectable()
export class RegionalResponseQueries {
  constructor(private readonly db: DataSource) {}

  async consultations(alertId: string, viewer: RoomViewer, page: number, pageSize: number): Promise<RegionalPage<RoomConsultationView>> {
    const params = [viewer.organisationId, viewer.kind === 'agency', alertId];
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM crisis_room.consultation WHERE alert_id = $3 AND ${VISIBLE}`, params);
    const rows: ConsultationRow[] = await this.db.query(
      `SELECT * FROM crisis_room.consultation WHERE alert_id = $3 AND ${VISIBLE} ORDER BY scheduled_at DESC, id LIMIT $4 OFFSET $5`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toView), total: n, page, pageSize };
  }

  async consultation(id: string): Promise<RoomConsultationView | null> {
    const [row]: ConsultationRow[] = await this.db.query(`SELECT * FROM crisis_room.consultation WHERE id = $1`, [id]);
    return row ? toView(row) : null;
  }

  /** Seats per route over the evacuation operations of the alert. */
  async capacity(alertId: string, page: number, pageSize: number): Promise<RegionalPage<RoomCapacityRoute>> {
    const routes = await this.capacityRoutes(alertId);
    return { items: routes.slice((page - 1) * pageSize, page * pageSize), total: routes.length, page, pageSize };
  }

  async alertOfOperation(operationId: string): Promise<string | null> {
    const [row]: { alert_id: string }[] = await this.db.query(`SELECT alert_id FROM crisis_room.evacuation_operation WHERE id = $1`, [operationId]);
    return row?.alert_id ?? null;
  }

  /** The offering and the requesting organisation of a match: both hear of each other's answer. */
  async matchParties(offerId: string, requestId: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.db.query(
      `SELECT organisation_id FROM crisis_room.capacity_offer WHERE id = $1 UNION SELECT organisation_id FROM crisis_room.capacity_request WHERE id = $2`,
      [offerId, requestId],
    );
    return rows.map((r) => r.organisation_id);
  }

  async operationOfOffer(offerId: string): Promise<string | null> {
    const [row]: { operation_id: string }[] = await this.db.query(`SELECT operation_id FROM crisis_room.capacity_offer WHERE id = $1`, [offerId]);
    return row?.operation_id ?? null;
  }

  private async capacityRoutes(alertId: string): Promise<RoomCapacityRoute[]> {
    const ops = `(SELECT id FROM crisis_room.evacuation_operation WHERE alert_id = $1)`;
    const offers: { operation_id: string; route_key: string; from_place: string; to_place: string; seats: number }[] = await this.db.query(
      `SELECT operation_id, route_key, from_place, to_place, seats FROM crisis_room.capacity_offer WHERE operation_id IN ${ops}`, [alertId]);
    const requests: { operation_id: string; route_key: string; from_place: string; to_place: string; passenger_count: number }[] = await this.db.query(
      `SELECT operation_id, route_key, from_place, to_place, passenger_count FROM crisis_room.capacity_request WHERE operation_id IN ${ops}`, [alertId]);
    const matches: { operation_id: string; route_key: string; seats: number; status: string }[] = await this.db.query(
      `SELECT operation_id, route_key, seats, status FROM crisis_room.capacity_match WHERE operation_id IN ${ops} AND status <> 'declined'`, [alertId]);
    const byRoute = new Map<string, RoomCapacityRoute>();
    const route = (operationId: string, key: string, from: string, to: string) => {
      const k = `${operationId}|${key}`;
      const found = byRoute.get(k) ?? { operationId, from, to, offeredSeats: 0, requestedSeats: 0, matchedSeats: 0, confirmedSeats: 0, offers: 0, requests: 0 };
      byRoute.set(k, found);
      return found;
    };
    for (const o of offers) {
      const x = route(o.operation_id, o.route_key, o.from_place, o.to_place);
      x.offeredSeats += o.seats;
      x.offers += 1;
    }
    for (const r of requests) {
      const x = route(r.operation_id, r.route_key, r.from_place, r.to_place);
      x.requestedSeats += r.passenger_count;
      x.requests += 1;
    }
    for (const m of matches) {
      const x = byRoute.get(`${m.operation_id}|${m.route_key}`);
      if (!x) continue;
      x.matchedSeats += m.seats;
      if (m.status === 'confirmed') x.confirmedSeats += m.seats;
    }
    return [...byRoute.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.operationId.localeCompare(b.operationId));
  }
}

function toView(r: ConsultationRow): RoomConsultationView {
  const marked = r.invited_state_ids.filter((s) => s in r.attendance);
  const present = marked.filter((s) => r.attendance[s] === true).length;
  return {
    id: r.id, alertId: r.alert_id, secretariatId: r.secretariat_id, process: r.process, title: r.title, scheduledAt: iso(r.scheduled_at), status: r.status,
    invitedStateIds: r.invited_state_ids, agencyIds: r.agency_ids,
    attendance: { invited: r.invited_state_ids.length, present, absent: marked.length - present, unrecorded: r.invited_state_ids.length - marked.length },
    decisions: r.decisions, changedAt: iso(r.changed_at),
  };
}
