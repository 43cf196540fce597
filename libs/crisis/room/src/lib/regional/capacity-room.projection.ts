import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CAPACITY_STREAM,
  CapacityMatchConfirmedV1,
  CapacityMatchDeclinedV1,
  CapacityMatchedV1,
  CapacityOfferedV1,
  CapacityRequestedV1,
} from '@accord/evacuations/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { ConcernedQueries } from '../persistence/concerned.queries';
import { CrisisRoomPusher } from '../projection/crisis-room.pusher';
import { RegionalResponseQueries } from './regional-response.queries';
import { isNextRegionalVersion } from './regional-version-check';

type CapacityEnvelope = CapacityOfferedV1 | CapacityRequestedV1 | CapacityMatchedV1 | CapacityMatchConfirmedV1 | CapacityMatchDeclinedV1;

export const CAPACITY_UPDATED = 'CapacityUpdated';
const CAPACITY_READERS = ['state', 'agency'];
const routeKey = (from: string, to: string) => `${from.trim().toLowerCase()}→${to.trim().toLowerCase()}`;

/** Seats offered, requested and matched per route of an alert's operations: counts only. */
@Injectable()
export class CapacityRoomProjection {
  readonly name = 'crisis-room.capacity';
  readonly topics = [CAPACITY_STREAM];

  constructor(private readonly queries: RegionalResponseQueries, private readonly concerned: ConcernedQueries, private readonly push: CrisisRoomPusher) {}

  async apply(envelope: EventEnvelope, m: EntityManager): Promise<void> {
    const e = envelope as CapacityEnvelope;
    if (!(await isNextRegionalVersion(m, 'crisis_room.capacity_aggregate', e))) return;
    await this.fold(e, m);
    await m.query(
      `INSERT INTO crisis_room.capacity_aggregate (id, version) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET version = excluded.version`,
      [e.aggregateId, e.aggregateVersion],
    );
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    const e = envelope as CapacityEnvelope;
    const operationId = 'operationId' in e.payload ? e.payload.operationId : await this.queries.operationOfOffer(e.payload.offerId);
    const alertId = operationId ? await this.queries.alertOfOperation(operationId) : null;
    if (!alertId || !operationId) return;
    const view = (await this.queries.capacity(alertId, 1, 100)).items.filter((r) => r.operationId === operationId);
    const readers = (await this.concerned.of(alertId)).filter((c) => CAPACITY_READERS.includes(c.kind ?? '')).map((c) => c.organisationId);
    for (const organisationId of new Set([...readers, ...(await this.parties(e))])) {
      this.push.toOrganisation(organisationId, { type: CAPACITY_UPDATED, aggregateId: alertId, occurredAt: e.occurredAt, view: { operationId, routes: view } });
    }
  }

  private async parties(e: CapacityEnvelope): Promise<string[]> {
    if (e.type === 'CapacityMatched') return [e.payload.offerOrganisationId, e.payload.requestOrganisationId];
    if (e.type === 'CapacityMatchConfirmed' || e.type === 'CapacityMatchDeclined') {
      return [e.payload.organisationId, ...(await this.queries.matchParties(e.payload.offerId, e.payload.requestId))];
    }
    return [e.payload.organisationId];
  }

  private async fold(e: CapacityEnvelope, m: EntityManager): Promise<void> {
    if (e.type === 'CapacityOffered') {
      const p = e.payload;
      await m.query(
        `INSERT INTO crisis_room.capacity_offer (id, operation_id, organisation_id, from_place, to_place, route_key, departure_date, seats) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
        [p.offerId, p.operationId, p.organisationId, p.from, p.to, routeKey(p.from, p.to), p.departureDate, p.seats],
      );
    } else if (e.type === 'CapacityRequested') {
      const p = e.payload;
      await m.query(
        `INSERT INTO crisis_room.capacity_request (id, operation_id, organisation_id, from_place, to_place, route_key, passenger_count) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
        [p.requestId, p.operationId, p.organisationId, p.from, p.to, routeKey(p.from, p.to), p.passengerCount],
      );
    } else if (e.type === 'CapacityMatched') {
      const p = e.payload;
      await m.query(
        `INSERT INTO crisis_room.capacity_match (id, offer_id, request_id, operation_id, route_key, seats, status)
         SELECT $1, $2, $3, $4, o.route_key, $5, 'proposed' FROM crisis_room.capacity_offer o WHERE o.id = $2`,
        [p.matchId, p.offerId, p.requestId, p.operationId, p.seats],
      );
    } else if (e.type === 'CapacityMatchConfirmed') {
      if (e.payload.fullyConfirmed) await m.query(`UPDATE crisis_room.capacity_match SET status = 'confirmed' WHERE id = $1`, [e.payload.matchId]);
    } else {
      await m.query(`UPDATE crisis_room.capacity_match SET status = 'declined' WHERE id = $1`, [e.payload.matchId]);
    }
  }
}
