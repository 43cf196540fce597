import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ConsularCaseDataPurgedV1, ConsularCaseUpdatedV1, ConsularRequestAcceptedV1, ConsularRequestClosedV1, ConsularRequestDeclinedV1,
  ConsularRequestEscalatedV1, ConsularRequestRaisedV1, ConsularRequestRoutedV1,
} from '@accord/consular/contracts';
import { ConsularHistoryEntry, ConsularRequestView } from '@accord/crisis/contracts/views';

export type ConsularEnvelope =
  | ConsularRequestRaisedV1 | ConsularRequestRoutedV1 | ConsularRequestAcceptedV1 | ConsularRequestDeclinedV1
  | ConsularRequestEscalatedV1 | ConsularCaseUpdatedV1 | ConsularRequestClosedV1 | ConsularCaseDataPurgedV1;

interface Change {
  state?: ConsularRequestView['state'];
  at: string;
  entry?: ConsularHistoryEntry;
  partner?: { organisationId: string; kind: 'state' | 'agency'; answerDueAt: string | null };
  clearDue?: boolean;
}

/** How each consular event changes a request row (the version check is the caller's). */
@Injectable()
export class ConsularRequestChanges {
  async apply(e: ConsularEnvelope, m: EntityManager): Promise<void> {
    if (e.type === 'ConsularRequestRaised') return this.raised(e, m);
    if (e.type === 'ConsularCaseUpdated') return this.caseUpdated(e, m);
    if (e.type === 'ConsularCaseDataPurged') await m.query(`DELETE FROM crisis_room.consular_case WHERE request_id = $1`, [e.aggregateId]);
    await this.change(m, e.aggregateId, e.aggregateVersion, changeOf(e));
  }

  private async raised({ payload: p, aggregateVersion }: ConsularRequestRaisedV1, m: EntityManager): Promise<void> {
    const history: ConsularHistoryEntry[] = [{ at: p.raisedAt, event: 'raised', organisationId: p.requesterOrganisationId }];
    await m.query(
      `INSERT INTO crisis_room.consular_request (id, requester_organisation_id, country, alert_id, nationals_count, services, state, history, case_counts, raised_at, changed_at, version)
       VALUES ($1,$2,$3,$4,$5,$6,'raised',$7,$8,$9,$9,$10)`,
      [p.requestId, p.requesterOrganisationId, p.country, p.alertId, p.nationalsCount, JSON.stringify(p.services), JSON.stringify(history),
        JSON.stringify(p.caseIds.length ? { open: p.caseIds.length } : {}), p.raisedAt, aggregateVersion],
    );
    await m.query(
      `INSERT INTO crisis_room.consular_case (request_id, case_id, status) SELECT $1, c::uuid, 'open' FROM jsonb_array_elements_text($2::jsonb) c ON CONFLICT DO NOTHING`,
      [p.requestId, JSON.stringify(p.caseIds)],
    );
  }

  private async caseUpdated({ payload: p, aggregateVersion }: ConsularCaseUpdatedV1, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO crisis_room.consular_case (request_id, case_id, status) VALUES ($1,$2,$3) ON CONFLICT (request_id, case_id) DO UPDATE SET status = excluded.status`,
      [p.requestId, p.caseId, p.status],
    );
    await m.query(
      `UPDATE crisis_room.consular_request SET case_counts = COALESCE((SELECT jsonb_object_agg(status, n) FROM
         (SELECT status, count(*)::int AS n FROM crisis_room.consular_case WHERE request_id = $1 GROUP BY status) s), '{}'::jsonb),
         changed_at = $2, version = $3 WHERE id = $1`,
      [p.requestId, p.updatedAt, aggregateVersion],
    );
  }

  private async change(m: EntityManager, id: string, version: number, c: Change): Promise<void> {
    await m.query(
      `UPDATE crisis_room.consular_request SET
         state = COALESCE($3, state),
         partner_organisation_id = COALESCE($4, partner_organisation_id),
         partner_kind = COALESCE($5, partner_kind),
         answer_due_at = CASE WHEN $4::text IS NOT NULL THEN $6::timestamptz WHEN $7 THEN NULL ELSE answer_due_at END,
         partners_tried = CASE WHEN $4::text IS NOT NULL THEN partners_tried || jsonb_build_array(jsonb_build_object('organisationId', $4::text, 'kind', $5::text)) ELSE partners_tried END,
         history = CASE WHEN $8::jsonb IS NOT NULL THEN history || jsonb_build_array($8::jsonb) ELSE history END,
         purged_at = CASE WHEN $9 THEN $10::timestamptz ELSE purged_at END,
         changed_at = $10, version = $2
       WHERE id = $1`,
      [id, version, c.state ?? null, c.partner?.organisationId ?? null, c.partner?.kind ?? null, c.partner?.answerDueAt ?? null, c.clearDue ?? false,
        c.entry ? JSON.stringify(c.entry) : null, c.entry?.event === 'purged', c.at],
    );
  }
}

function changeOf(e: Exclude<ConsularEnvelope, ConsularRequestRaisedV1 | ConsularCaseUpdatedV1>): Change {
  switch (e.type) {
    case 'ConsularRequestRouted': {
      const p = e.payload;
      return { state: 'routed', at: p.routedAt, partner: { organisationId: p.partnerOrganisationId, kind: 'state', answerDueAt: p.answerDueAt },
        entry: { at: p.routedAt, event: 'routed', organisationId: null, toOrganisationId: p.partnerOrganisationId, toKind: 'state', attempt: p.attempt } };
    }
    case 'ConsularRequestAccepted':
      return { state: 'accepted', at: e.payload.acceptedAt, clearDue: true, entry: { at: e.payload.acceptedAt, event: 'accepted', organisationId: e.payload.byOrganisationId } };
    case 'ConsularRequestDeclined':
      return { state: 'declined', at: e.payload.declinedAt, entry: { at: e.payload.declinedAt, event: 'declined', organisationId: e.payload.byOrganisationId, reason: e.payload.reason } };
    case 'ConsularRequestEscalated': {
      const p = e.payload;
      return { state: 'escalated', at: p.escalatedAt, partner: { organisationId: p.toOrganisationId, kind: p.toKind, answerDueAt: p.answerDueAt },
        entry: { at: p.escalatedAt, event: 'escalated', organisationId: p.fromOrganisationId, toOrganisationId: p.toOrganisationId, toKind: p.toKind, reason: p.reason } };
    }
    case 'ConsularRequestClosed':
      return { state: 'closed', at: e.payload.closedAt, clearDue: true, entry: { at: e.payload.closedAt, event: 'closed', organisationId: e.payload.byOrganisationId, reason: e.payload.reason } };
    case 'ConsularCaseDataPurged':
      return { at: e.payload.purgedAt, entry: { at: e.payload.purgedAt, event: 'purged', organisationId: null } };
  }
}
