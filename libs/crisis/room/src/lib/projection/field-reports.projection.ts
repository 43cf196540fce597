import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FIELD_REPORT_STREAM, FieldReportFiledV1 } from '@accord/crisis/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { CrisisRoomPusher } from './crisis-room.pusher';

/** One row per field report; a report is a single event, so a redelivery is a no-op insert. */
@Injectable()
export class FieldReportsProjection {
  readonly name = 'crisis-room.field-reports';
  readonly topics = [FIELD_REPORT_STREAM];

  constructor(private readonly push: CrisisRoomPusher) {}

  async apply(envelope: EventEnvelope, m: EntityManager): Promise<void> {
    const { payload: p } = envelope as FieldReportFiledV1;
    await m.query(
      `INSERT INTO crisis_room.field_report (id, alert_id, monitor_organisation_id, place_name, lat, lon, observed_at, filed_at, movements, incidents, needs)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (id) DO NOTHING`,
      [p.reportId, p.alertId, p.monitorOrganisationId, p.place.name, p.place.lat, p.place.lon, p.observedAt, p.filedAt, JSON.stringify(p.movements), JSON.stringify(p.incidents), JSON.stringify(p.needs)],
    );
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    const { payload: p } = envelope as FieldReportFiledV1;
    await this.push.fieldReport(p.alertId, p.reportId, envelope);
    await this.push.room(p.alertId, envelope);
  }
}
