import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CapacityOfferState, CapacityRequestState } from '@accord/evacuations/domain';
import { CapacityPage, MatchView, OfferView, RequestView } from './capacity-views';

/** Lists of the exchange, served by the owner: counts only, for States and agencies (the route's permission). */
@Injectable()
export class CapacityReader {
  constructor(private readonly db: DataSource) {}

  async offers(operationId: string, page: number, pageSize: number): Promise<CapacityPage<OfferView>> {
    const total = await this.count('capacity_offer', operationId);
    const rows: { id: string; allocated_seats: number; version: number; state: CapacityOfferState }[] = await this.db.query(
      `SELECT id, allocated_seats, version, state FROM evacuations.capacity_offer WHERE operation_id = $1 ORDER BY departure_date, created_at, id LIMIT $2 OFFSET $3`,
      [operationId, pageSize, (page - 1) * pageSize],
    );
    const items = rows.map(({ id, allocated_seats, version, state: s }) => ({
      id, operationId: s.operationId, organisationId: s.organisationId, from: s.from, to: s.to, departureDate: s.departureDate, mode: s.mode,
      seats: s.seats, allocatedSeats: allocated_seats, freeSeats: s.seats - allocated_seats, offeredAt: s.offeredAt, version,
    }));
    return { items, total, page, pageSize };
  }

  async requests(operationId: string, page: number, pageSize: number): Promise<CapacityPage<RequestView>> {
    const total = await this.count('capacity_request', operationId);
    const rows: { id: string; matched: number; state: CapacityRequestState }[] = await this.db.query(
      `SELECT r.id, r.state, COALESCE((SELECT sum(x.seats) FROM evacuations.capacity_match x WHERE x.request_id = r.id AND x.status <> 'declined'), 0)::int AS matched
       FROM evacuations.capacity_request r WHERE r.operation_id = $1 ORDER BY r.earliest_date, r.created_at, r.id LIMIT $2 OFFSET $3`,
      [operationId, pageSize, (page - 1) * pageSize],
    );
    const items = rows.map(({ id, matched, state: s }) => ({
      id, operationId: s.operationId, organisationId: s.organisationId, from: s.from, to: s.to, earliestDate: s.earliestDate, latestDate: s.latestDate,
      passengers: s.passengers, passengerCount: s.passengers.reduce((n, p) => n + p.count, 0), matchedSeats: matched, requestedAt: s.requestedAt,
    }));
    return { items, total, page, pageSize };
  }

  async matches(operationId: string, page: number, pageSize: number): Promise<CapacityPage<MatchView>> {
    const total = await this.count('capacity_match', operationId);
    const rows: { id: string; offer_id: string; state: CapacityOfferState }[] = await this.db.query(
      `SELECT x.id, x.offer_id, o.state FROM evacuations.capacity_match x JOIN evacuations.capacity_offer o ON o.id = x.offer_id
       WHERE x.operation_id = $1 ORDER BY x.matched_at, x.id LIMIT $2 OFFSET $3`,
      [operationId, pageSize, (page - 1) * pageSize],
    );
    const items = rows.map(({ id, offer_id, state: o }) => {
      const m = o.matches[id];
      return {
        id, offerId: offer_id, requestId: m.requestId, operationId, offerOrganisationId: o.organisationId, requestOrganisationId: m.requestOrganisationId,
        seats: m.seats, proposedBy: m.proposedBy, status: m.status, confirmedBy: [...m.confirmedBy], matchedAt: m.matchedAt,
      };
    });
    return { items, total, page, pageSize };
  }

  private async count(table: 'capacity_offer' | 'capacity_request' | 'capacity_match', operationId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM evacuations.${table} WHERE operation_id = $1`, [operationId]);
    return n;
  }
}
