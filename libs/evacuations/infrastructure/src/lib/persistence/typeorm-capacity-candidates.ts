import { Injectable } from '@nestjs/common';
import { CapacityCandidates, OfferToMatch } from '@accord/evacuations/application';
import { CapacityRequestState, RequestToMatch, routeKey } from '@accord/evacuations/domain';
import { NotFound } from '@accord/shared/kernel';
import { UnitOfWork } from '@accord/shared/messaging';

// Seats of a request still needed: its passengers less its live (not declined) matches.
const UNMATCHED = `r.passenger_count - COALESCE((SELECT sum(x.seats) FROM evacuations.capacity_match x WHERE x.request_id = r.id AND x.status <> 'declined'), 0)`;

@Injectable()
export class TypeOrmCapacityCandidates extends CapacityCandidates {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async requestsFor(offer: OfferToMatch): Promise<RequestToMatch[]> {
    const m = this.uow.manager;
    const fitting: { id: string }[] = await m.query(
      `SELECT r.id FROM evacuations.capacity_request r
       WHERE r.operation_id = $1 AND r.route_key = $2 AND r.earliest_date <= $3::date AND r.latest_date >= $3::date
       ORDER BY r.created_at, r.id LIMIT 200`,
      [offer.operationId, routeKey(offer), offer.departureDate],
    );
    if (fitting.length === 0) return [];
    await this.lock(fitting.map((r) => r.id));
    const rows: { id: string; state: CapacityRequestState; unmatched: number }[] = await m.query(
      `SELECT r.id, r.state, (${UNMATCHED})::int AS unmatched FROM evacuations.capacity_request r
       WHERE r.id = ANY($1::uuid[]) AND (${UNMATCHED}) > 0 ORDER BY r.created_at, r.id LIMIT 50`,
      [fitting.map((r) => r.id)],
    );
    return rows.map((r) => ({ id: r.id, ...r.state, unmatchedPassengers: r.unmatched }));
  }

  async offersFor(request: RequestToMatch): Promise<string[]> {
    const rows: { id: string }[] = await this.uow.manager.query(
      `SELECT id FROM evacuations.capacity_offer
       WHERE operation_id = $1 AND route_key = $2 AND departure_date BETWEEN $3::date AND $4::date AND allocated_seats < seats
       ORDER BY departure_date, created_at, id LIMIT 50`,
      [request.operationId, routeKey(request), request.earliestDate, request.latestDate],
    );
    return rows.map((r) => r.id);
  }

  async unmatchedPassengers(requestId: string, passengerCount: number): Promise<number> {
    await this.lock([requestId]);
    const [row]: { matched: number }[] = await this.uow.manager.query(
      `SELECT COALESCE(sum(seats), 0)::int AS matched FROM evacuations.capacity_match WHERE request_id = $1 AND status <> 'declined'`,
      [requestId],
    );
    return passengerCount - row.matched;
  }

  /**
   * Matches of one request live on several offers, so the offer's version cannot guard the request's
   * total: its row is locked (in id order, against deadlocks) until the matching transaction ends.
   */
  private async lock(requestIds: string[]): Promise<void> {
    await this.uow.manager.query(`SELECT id FROM evacuations.capacity_request WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[...requestIds].sort()]);
  }

  async offerIdOfMatch(operationId: string, matchId: string): Promise<string> {
    const [row]: { offer_id: string }[] = await this.uow.manager.query(`SELECT offer_id FROM evacuations.capacity_match WHERE id = $1 AND operation_id = $2`, [matchId, operationId]);
    if (!row) throw new NotFound('capacity match', matchId);
    return row.offer_id;
  }
}
