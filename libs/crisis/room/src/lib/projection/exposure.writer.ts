import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export const CONFIRM_PRESENCE_TASK = 'confirm_presence_and_needs';

/** The first report of the State for the alert closes its task; an alert closed first closes it too. */
const DONE = `LEFT JOIN LATERAL (SELECT min(p.reported_at) AS reported_at FROM crisis_room.presence_report p
  WHERE p.alert_id = a.id AND p.state_organisation_id = s.org) done ON true`;

/**
 * Exposure: a State is exposed to an alert when it recorded nationals in the alert's country (a presence
 * report or a consular request) no later than the alert was raised. Worked out from both sides, the
 * alert's and the record's, with event times rather than arrival order, so that events of different
 * streams arriving in any order (and a rebuild) give the same tasks. A lock per country serialises the
 * two sides, so two concurrent transactions cannot each miss the other's row.
 */
@Injectable()
export class ExposureWriter {
  async exposeAlert(alertId: string, country: string, eventId: string, m: EntityManager): Promise<void> {
    await this.lockCountry(country, m);
    await m.query(
      `INSERT INTO crisis_room.task (alert_id, organisation_id, kind, status, opened_at, opened_by_event, closed_at)
       SELECT a.id, s.org, $2, CASE WHEN done.reported_at IS NULL AND a.closed_at IS NULL THEN 'open' ELSE 'closed' END,
              a.raised_at, $3, LEAST(done.reported_at, a.closed_at)
       FROM crisis_room.alert a
       JOIN (SELECT state_organisation_id AS org, country, reported_at AS at FROM crisis_room.presence_report
             UNION ALL SELECT requester_organisation_id, country, raised_at FROM crisis_room.consular_request) s
         ON s.country = a.country AND s.at <= a.raised_at
       ${DONE}
       WHERE a.id = $1
       ON CONFLICT DO NOTHING`,
      [alertId, CONFIRM_PRESENCE_TASK, eventId],
    );
  }

  async exposeState(organisationId: string, country: string, at: string, eventId: string, m: EntityManager): Promise<void> {
    await this.lockCountry(country, m);
    await m.query(
      `INSERT INTO crisis_room.task (alert_id, organisation_id, kind, status, opened_at, opened_by_event, closed_at)
       SELECT a.id, s.org, $4, CASE WHEN done.reported_at IS NULL AND a.closed_at IS NULL THEN 'open' ELSE 'closed' END,
              a.raised_at, $5, LEAST(done.reported_at, a.closed_at)
       FROM crisis_room.alert a CROSS JOIN (SELECT $1::text AS org) s
       ${DONE}
       WHERE a.country = $2 AND a.raised_at >= $3
       ON CONFLICT DO NOTHING`,
      [organisationId, country, at, CONFIRM_PRESENCE_TASK, eventId],
    );
  }

  /** A presence report of the State for the alert answers its task. */
  async closeTask(alertId: string, organisationId: string, country: string, at: string, m: EntityManager): Promise<void> {
    await this.lockCountry(country, m);
    await m.query(
      `UPDATE crisis_room.task SET status = 'closed', closed_at = LEAST(closed_at, $3::timestamptz) WHERE alert_id = $1 AND organisation_id = $2`,
      [alertId, organisationId, at],
    );
  }

  async closeAlertTasks(alertId: string, country: string, at: string, m: EntityManager): Promise<void> {
    await this.lockCountry(country, m);
    await m.query(`UPDATE crisis_room.task SET status = 'closed', closed_at = LEAST(closed_at, $2::timestamptz) WHERE alert_id = $1`, [alertId, at]);
  }

  private async lockCountry(country: string, m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('crisis_room.exposure:' || $1))`, [country]);
  }
}
