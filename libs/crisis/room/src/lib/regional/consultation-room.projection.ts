import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AttendanceRecordedV1,
  CONSULTATION_STREAM,
  ConsultationClosedV1,
  ConsultationConvenedV1,
  ConsultationDecisionRecordedV1,
} from '@accord/follow-up/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { CrisisRoomPusher } from '../projection/crisis-room.pusher';
import { RegionalResponseQueries } from './regional-response.queries';
import { isNextRegionalVersion } from './regional-version-check';

type ConsultationEnvelope = ConsultationConvenedV1 | AttendanceRecordedV1 | ConsultationDecisionRecordedV1 | ConsultationClosedV1;

export const CONSULTATION_UPDATED = 'ConsultationUpdated';

/** Regional emergency consultations per alert, pushed to those who may see them and no one else. */
@Injectable()
export class ConsultationRoomProjection {
  readonly name = 'crisis-room.consultations';
  readonly topics = [CONSULTATION_STREAM];

  constructor(private readonly queries: RegionalResponseQueries, private readonly push: CrisisRoomPusher) {}

  async apply(envelope: EventEnvelope, m: EntityManager): Promise<void> {
    const e = envelope as ConsultationEnvelope;
    if (!(await isNextRegionalVersion(m, 'crisis_room.consultation', e))) return;
    const at = e.occurredAt;
    if (e.type === 'ConsultationConvened') {
      const p = e.payload;
      await m.query(
        `INSERT INTO crisis_room.consultation (id, alert_id, secretariat_id, process, title, scheduled_at, status, invited_state_ids, agency_ids, changed_at, version)
         VALUES ($1,$2,$3,$4,$5,$6,'convened',$7,$8,$9,$10)`,
        [p.consultationId, p.alertId, p.secretariatId, p.process, p.title, p.scheduledAt, JSON.stringify(p.invitedStateIds), JSON.stringify(p.agencyIds), p.convenedAt, e.aggregateVersion],
      );
      return;
    }
    if (e.type === 'AttendanceRecorded') {
      const marks = Object.fromEntries(e.payload.attendance.map((a) => [a.organisationId, a.present]));
      await this.update(m, e, `attendance = attendance || $3::jsonb`, JSON.stringify(marks), at);
    } else if (e.type === 'ConsultationDecisionRecorded') {
      const { decisionId, recommendationId, title, addresseeIds, dueDate, recordedAt } = e.payload;
      await this.update(m, e, `decisions = decisions || $3::jsonb`, JSON.stringify([{ decisionId, recommendationId, title, addresseeIds, dueDate, recordedAt }]), at);
    } else {
      await this.update(m, e, `status = $3`, 'closed', at);
    }
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    const view = await this.queries.consultation(envelope.aggregateId);
    if (!view) return;
    const audience = new Set([view.secretariatId, ...view.invitedStateIds, ...view.agencyIds]);
    for (const organisationId of audience) this.push.toOrganisation(organisationId, { type: CONSULTATION_UPDATED, aggregateId: view.alertId, occurredAt: envelope.occurredAt, view });
  }

  private async update(m: EntityManager, e: EventEnvelope, set: string, value: string, at: string): Promise<void> {
    await m.query(`UPDATE crisis_room.consultation SET ${set}, changed_at = $4, version = $2 WHERE id = $1`, [e.aggregateId, e.aggregateVersion, value, at]);
  }
}
