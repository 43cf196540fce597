import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CONSULAR_REQUEST_STREAM, ConsularRequestRaisedV1 } from '@accord/consular/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { AlertQueries } from '../persistence/alert.queries';
import { partiesOf, toConsularRequestView } from '../persistence/consular-request.row';
import { RoomQueries } from '../persistence/room.queries';
import { ConsularRequestChanges, ConsularEnvelope } from './consular-request.changes';
import { CrisisRoomPusher } from './crisis-room.pusher';
import { ExposureWriter } from './exposure.writer';
import { isNextVersion } from './version-check';

/**
 * Consular requests per alert and country: requester, current partner, state, escalation history and
 * case counts by status. Pushes go to the request's two parties only, never to a third State: even a
 * summary pushed to others would tell them when another State's request moved.
 */
@Injectable()
export class ConsularRoutingProjection {
  readonly name = 'crisis-room.consular';
  readonly topics = [CONSULAR_REQUEST_STREAM];

  constructor(
    private readonly changes: ConsularRequestChanges,
    private readonly exposure: ExposureWriter,
    private readonly rooms: RoomQueries,
    private readonly alerts: AlertQueries,
    private readonly push: CrisisRoomPusher,
  ) {}

  async apply(envelope: EventEnvelope, m: EntityManager): Promise<void> {
    const e = envelope as ConsularEnvelope;
    if (!(await isNextVersion(m, 'crisis_room.consular_request', e))) return;
    await this.changes.apply(e, m);
    if (e.type === 'ConsularRequestRaised') await this.exposed(e, m);
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    const row = await this.rooms.consularRequest(envelope.aggregateId);
    if (!row) return;
    const parties = partiesOf(row);
    const view = toConsularRequestView(row);
    for (const organisationId of parties) this.push.toOrganisation(organisationId, { type: envelope.type, aggregateId: row.id, occurredAt: envelope.occurredAt, view });
    const alertIds = row.alert_id ? [row.alert_id] : await this.alerts.openIn(row.country);
    for (const alertId of alertIds) await this.push.room(alertId, envelope, parties);
    if (envelope.type === 'ConsularRequestRaised') await this.push.exposureOpenedBy(envelope);
  }

  private async exposed({ payload: p, eventId }: ConsularRequestRaisedV1, m: EntityManager): Promise<void> {
    await this.exposure.exposeState(p.requesterOrganisationId, p.country, p.raisedAt, eventId, m);
  }
}
