import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EVACUATION_OPERATION_STREAM, EvacuationMovementReportedV1, EvacuationOperationOpenedV1 } from '@accord/evacuations/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { EvacuationRow } from '../persistence/room-parts';
import { CrisisRoomPusher } from './crisis-room.pusher';
import { isNextVersion } from './version-check';

type EvacuationEnvelope = EvacuationOperationOpenedV1 | EvacuationMovementReportedV1;

/** Evacuation operations per alert: targets by nationality and movements by kind, as running totals. */
@Injectable()
export class EvacuationProgressProjection {
  readonly name = 'crisis-room.evacuations';
  readonly topics = [EVACUATION_OPERATION_STREAM];

  constructor(private readonly db: DataSource, private readonly push: CrisisRoomPusher) {}

  async apply(envelope: EventEnvelope, m: EntityManager): Promise<void> {
    const e = envelope as EvacuationEnvelope;
    if (!(await isNextVersion(m, 'crisis_room.evacuation_operation', e))) return;
    if (e.type === 'EvacuationOperationOpened') await this.opened(e, m);
    else await this.moved(e, m);
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    const rows: { alert_id: string }[] = await this.db.query(`SELECT alert_id FROM crisis_room.evacuation_operation WHERE id = $1`, [envelope.aggregateId]);
    if (rows[0]) await this.push.room(rows[0].alert_id, envelope);
  }

  private async opened({ payload: p, aggregateVersion }: EvacuationOperationOpenedV1, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO crisis_room.evacuation_operation (id, alert_id, country, name, operator_organisation_id, targets, opened_at, changed_at, version)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$7,$8)`,
      [p.operationId, p.alertId, p.country, p.name, p.operatorOrganisationId, JSON.stringify(p.targets), p.openedAt, aggregateVersion],
    );
  }

  private async moved({ payload: p, aggregateId, aggregateVersion }: EvacuationMovementReportedV1, m: EntityManager): Promise<void> {
    const [row]: Pick<EvacuationRow, 'movements' | 'reporters'>[] = await m.query(`SELECT movements, reporters FROM crisis_room.evacuation_operation WHERE id = $1`, [aggregateId]);
    const byKind = row.movements[p.nationality] ?? {};
    const movements = { ...row.movements, [p.nationality]: { ...byKind, [p.kind]: (byKind[p.kind] ?? 0) + p.count } };
    const reporters = [...new Set([...row.reporters, p.reporterOrganisationId])].sort();
    await m.query(
      `UPDATE crisis_room.evacuation_operation SET movements = $2, reporters = $3, changed_at = $4, version = $5 WHERE id = $1`,
      [aggregateId, JSON.stringify(movements), JSON.stringify(reporters), p.reportedAt, aggregateVersion],
    );
  }
}
