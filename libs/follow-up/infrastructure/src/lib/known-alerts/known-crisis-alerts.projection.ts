import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CRISIS_ALERT_STREAM, CrisisAlertClosedV1, CrisisAlertRaisedV1 } from '@accord/crisis/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { runCombined, SqlStatement } from '@accord/shared/messaging';

/** Learns which crisis alerts exist from CrisisAlertRaised, and which are closed from CrisisAlertClosed. */
@Injectable()
export class KnownCrisisAlertsProjection {
  readonly name = 'follow-up.crisis-alerts';
  readonly topics = [CRISIS_ALERT_STREAM];

  async apply(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await runCombined(manager, await this.applyBatch([envelope]));
  }

  /**
   * Handed back to go out with the batch's other final writes, combined into one statement whose parts
   * all see the table as it was: so an alert raised and closed in the same batch is inserted closed, and
   * the update only touches alerts raised in earlier batches.
   */
  async applyBatch(envelopes: readonly EventEnvelope[]): Promise<SqlStatement[]> {
    const raised = new Map(envelopes.filter((e): e is CrisisAlertRaisedV1 => e.type === 'CrisisAlertRaised').map((e) => [e.payload.alertId, { raisedAt: e.payload.raisedAt, closedAt: null as string | null }]));
    const closedEarlier: { alertId: string; closedAt: string }[] = [];
    for (const { payload: { alertId, closedAt } } of envelopes.filter((e): e is CrisisAlertClosedV1 => e.type === 'CrisisAlertClosed')) {
      const fresh = raised.get(alertId);
      if (fresh) fresh.closedAt = closedAt;
      else closedEarlier.push({ alertId, closedAt });
    }
    const statements: SqlStatement[] = [];
    if (raised.size > 0) {
      const rows = [...raised];
      statements.push({
        sql: `INSERT INTO follow_up.known_crisis_alert (alert_id, raised_at, closed_at) SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) ON CONFLICT (alert_id) DO NOTHING`,
        params: [rows.map(([id]) => id), rows.map(([, r]) => r.raisedAt), rows.map(([, r]) => r.closedAt)],
      });
    }
    if (closedEarlier.length > 0) {
      statements.push({
        sql: `UPDATE follow_up.known_crisis_alert k SET closed_at = c.closed_at FROM unnest($1::uuid[], $2::timestamptz[]) AS c(alert_id, closed_at) WHERE k.alert_id = c.alert_id`,
        params: [closedEarlier.map((c) => c.alertId), closedEarlier.map((c) => c.closedAt)],
      });
    }
    return statements;
  }
}
