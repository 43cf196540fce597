import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AlertTermsV1, CRISIS_ALERT_STREAM, CrisisAlertClosedV1, CrisisAlertRaisedV1, CrisisAlertUpdatedV1 } from '@accord/crisis/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { AlertHistoryEntry } from '@accord/crisis/contracts/views';
import { CrisisRoomPusher } from './crisis-room.pusher';
import { ExposureWriter } from './exposure.writer';
import { isNextVersion } from './version-check';

type AlertEnvelope = CrisisAlertRaisedV1 | CrisisAlertUpdatedV1 | CrisisAlertClosedV1;

const termsOf = ({ country, kind, severity, urgency, certainty, categories, areas, infos, sources }: AlertTermsV1): AlertTermsV1 =>
  ({ country, kind, severity, urgency, certainty, categories, areas, infos, sources });
const headlineOf = (t: AlertTermsV1) => t.infos[0]?.headline ?? '';

/** Alerts with every CAP field the events carry, their history, and exposure when one is raised. */
@Injectable()
export class CrisisAlertsProjection {
  readonly name = 'crisis-room.alerts';
  readonly topics = [CRISIS_ALERT_STREAM];

  constructor(private readonly exposure: ExposureWriter, private readonly push: CrisisRoomPusher) {}

  async apply(envelope: EventEnvelope, m: EntityManager): Promise<void> {
    const e = envelope as AlertEnvelope;
    if (!(await isNextVersion(m, 'crisis_room.alert', e))) return;
    if (e.type === 'CrisisAlertRaised') await this.raised(e, m);
    else if (e.type === 'CrisisAlertUpdated') await this.updated(e, m);
    else await this.closed(e, m);
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    await this.push.alertListEntry(envelope.aggregateId, envelope);
    await this.push.room(envelope.aggregateId, envelope);
    if (envelope.type === 'CrisisAlertRaised') await this.push.exposureOpenedBy(envelope);
  }

  private async raised(e: CrisisAlertRaisedV1, m: EntityManager): Promise<void> {
    const p = e.payload;
    await m.query(
      `INSERT INTO crisis_room.alert (id, country, status, terms, issuer_organisation_id, issuer_name, cap, headline, severity, raised_at, changed_at, version)
       VALUES ($1,$2,'open',$3,$4,$5,$6,$7,$8,$9,$9,$10)`,
      [p.alertId, p.country, JSON.stringify(termsOf(p)), p.issuer.organisationId, p.issuer.name, JSON.stringify(p.cap), headlineOf(p), p.severity, p.raisedAt, e.aggregateVersion],
    );
    await this.history(m, e, { version: e.aggregateVersion, at: p.raisedAt, change: 'raised', status: 'open', severity: p.severity, headline: headlineOf(p) });
    await this.exposure.exposeAlert(p.alertId, p.country, e.eventId, m);
  }

  private async updated(e: CrisisAlertUpdatedV1, m: EntityManager): Promise<void> {
    const p = e.payload;
    await m.query(
      `UPDATE crisis_room.alert SET country = $2, status = 'updated', terms = $3, headline = $4, severity = $5, changed_at = $6, version = $7 WHERE id = $1`,
      [e.aggregateId, p.country, JSON.stringify(termsOf(p)), headlineOf(p), p.severity, p.updatedAt, e.aggregateVersion],
    );
    await this.history(m, e, { version: e.aggregateVersion, at: p.updatedAt, change: 'updated', status: 'updated', severity: p.severity, headline: headlineOf(p) });
  }

  private async closed(e: CrisisAlertClosedV1, m: EntityManager): Promise<void> {
    const p = e.payload;
    await m.query(
      `UPDATE crisis_room.alert SET status = 'closed', close_reason = $2, close_note = $3, closed_at = $4, changed_at = $4, version = $5 WHERE id = $1`,
      [e.aggregateId, p.reason, p.note, p.closedAt, e.aggregateVersion],
    );
    await this.history(m, e, { version: e.aggregateVersion, at: p.closedAt, change: 'closed', status: 'closed', reason: p.reason, note: p.note });
    const [{ country }]: { country: string }[] = await m.query(`SELECT country FROM crisis_room.alert WHERE id = $1`, [e.aggregateId]);
    await this.exposure.closeAlertTasks(e.aggregateId, country, p.closedAt, m);
  }

  private async history(m: EntityManager, e: EventEnvelope, entry: AlertHistoryEntry): Promise<void> {
    await m.query(
      `INSERT INTO crisis_room.alert_history (event_id, alert_id, aggregate_version, entry) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`,
      [e.eventId, e.aggregateId, e.aggregateVersion, JSON.stringify(entry)],
    );
  }
}
