import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NationalsPresenceReportedV1, PRESENCE_REPORT_STREAM } from '@accord/crisis/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { CrisisRoomPusher } from './crisis-room.pusher';
import { ExposureWriter } from './exposure.writer';

/** Nationals present by State per alert; a State's report answers its exposure task. */
@Injectable()
export class PresenceProjection {
  readonly name = 'crisis-room.presence';
  readonly topics = [PRESENCE_REPORT_STREAM];

  constructor(private readonly exposure: ExposureWriter, private readonly push: CrisisRoomPusher) {}

  // Each report is its own aggregate with one event: an existing row is a redelivery, no gap is possible.
  async apply(envelope: EventEnvelope, m: EntityManager): Promise<void> {
    const { payload: p, eventId } = envelope as NationalsPresenceReportedV1;
    await m.query(
      `INSERT INTO crisis_room.presence_report (report_id, alert_id, country, state_organisation_id, places, total, needs, reported_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
      [p.reportId, p.alertId, p.country, p.stateOrganisationId, JSON.stringify(p.places), p.total, JSON.stringify(p.needs), p.reportedAt],
    );
    await this.exposure.closeTask(p.alertId, p.stateOrganisationId, p.country, p.reportedAt, m);
    await this.exposure.exposeState(p.stateOrganisationId, p.country, p.reportedAt, eventId, m);
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    const { payload: p } = envelope as NationalsPresenceReportedV1;
    await this.push.room(p.alertId, envelope);
    await this.push.taskClosed(p.alertId, p.stateOrganisationId, envelope);
    await this.push.exposureOpenedBy(envelope);
  }
}
