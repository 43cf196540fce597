import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventEnvelope, EventRegistry } from '@accord/shared/contracts';
import { applyOnce, ProjectionRegistration } from '@accord/shared/messaging';
import { ConsularRoutingProjection } from '../projection/consular-routing.projection';
import { CrisisAlertsProjection } from '../projection/crisis-alerts.projection';
import { EvacuationProgressProjection } from '../projection/evacuation-progress.projection';
import { FieldReportsProjection } from '../projection/field-reports.projection';
import { PresenceProjection } from '../projection/presence.projection';

const TABLES = ['alert', 'alert_history', 'presence_report', 'consular_request', 'consular_case', 'evacuation_operation', 'task', 'field_report'];
const BATCH = 1_000;

/**
 * Drops the crisis room and replays its streams from the embedded event log (messaging.event_log) in
 * log order, without live pushes. With Kafka the same is done by resetting the gateway group's offsets.
 * Run it with the consumers stopped: events delivered during the replay would race it.
 */
@Injectable()
export class CrisisRoomRebuild {
  private readonly projections: ProjectionRegistration[];

  constructor(private readonly db: DataSource, private readonly registry: EventRegistry, alerts: CrisisAlertsProjection, presence: PresenceProjection, consular: ConsularRoutingProjection, evacuations: EvacuationProgressProjection, fieldReports: FieldReportsProjection) {
    this.projections = [alerts, presence, consular, evacuations, fieldReports];
  }

  async rebuild(): Promise<{ applied: number }> {
    await this.db.transaction(async (m) => {
      await m.query(`TRUNCATE ${TABLES.map((t) => `crisis_room.${t}`).join(', ')}`);
      await m.query(`DELETE FROM messaging.inbox_message WHERE consumer = ANY($1)`, [this.projections.map((p) => p.name)]);
    });
    const topics = [...new Set(this.projections.flatMap((p) => p.topics))];
    let applied = 0;
    for (let after = '0'; ; ) {
      const rows: { position: string; topic: string; envelope: EventEnvelope }[] = await this.db.query(
        // Ordered by the bigint column, not the text alias: '10' sorts before '2'.
        `SELECT l.position::text AS position, l.topic, l.envelope FROM messaging.event_log l WHERE l.topic = ANY($1) AND l.position > $2 ORDER BY l.position LIMIT ${BATCH}`,
        [topics, after],
      );
      for (const row of rows) applied += await this.replay(row.topic, row.envelope);
      if (rows.length < BATCH) return { applied };
      after = rows[rows.length - 1].position;
    }
  }

  private async replay(topic: string, candidate: EventEnvelope): Promise<number> {
    const envelope = this.registry.validate<EventEnvelope>(candidate);
    let applied = 0;
    for (const p of this.projections.filter((x) => x.topics.includes(topic))) {
      if (await applyOnce(this.db, p.name, envelope, (m) => p.apply(envelope, m))) applied++;
    }
    return applied;
  }
}
