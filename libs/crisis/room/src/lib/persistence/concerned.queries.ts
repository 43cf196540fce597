import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConcernedOrganisation } from '@accord/crisis/contracts/views';

interface ConcernRow {
  organisation_id: string;
  kind: 'state' | 'agency' | null;
  reason: string;
}

/**
 * Who is concerned by an alert, from what the streams say: its issuer, States that reported nationals
 * there or were found exposed, States asking or asked for consular help there, and the agencies and
 * reporters of its evacuation operations.
 */
const CONCERNED_SQL = `
  SELECT issuer_organisation_id AS organisation_id, 'agency' AS kind, 'issuer' AS reason FROM crisis_room.alert WHERE id = $1
  UNION SELECT state_organisation_id, 'state', 'reported_presence' FROM crisis_room.presence_report WHERE alert_id = $1
  UNION SELECT organisation_id, 'state', 'nationals_recorded' FROM crisis_room.task WHERE alert_id = $1
  UNION SELECT requester_organisation_id, 'state', 'consular_requester' FROM crisis_room.consular_request c WHERE ${requestInRoom('c')}
  UNION SELECT p->>'organisationId', p->>'kind', 'consular_partner' FROM crisis_room.consular_request c, jsonb_array_elements(c.partners_tried) p WHERE ${requestInRoom('c')}
  UNION SELECT operator_organisation_id, 'agency', 'evacuation_operator' FROM crisis_room.evacuation_operation WHERE alert_id = $1
  UNION SELECT r, NULL, 'evacuation_reporter' FROM crisis_room.evacuation_operation e, jsonb_array_elements_text(e.reporters) r WHERE e.alert_id = $1`;

/** A request belongs to the room of its alert, or, without one, to the rooms of its country's alerts. */
export function requestInRoom(alias: string): string {
  return `(${alias}.alert_id = $1 OR (${alias}.alert_id IS NULL AND ${alias}.country = (SELECT country FROM crisis_room.alert WHERE id = $1)))`;
}

@Injectable()
export class ConcernedQueries {
  constructor(private readonly db: DataSource) {}

  async of(alertId: string): Promise<ConcernedOrganisation[]> {
    const rows: ConcernRow[] = await this.db.query(CONCERNED_SQL, [alertId]);
    const byOrg = new Map<string, ConcernedOrganisation>();
    for (const r of rows) {
      const known = byOrg.get(r.organisation_id) ?? { organisationId: r.organisation_id, kind: null, reasons: [] };
      byOrg.set(r.organisation_id, { ...known, kind: known.kind ?? r.kind, reasons: [...known.reasons, r.reason].sort() });
    }
    return [...byOrg.values()].sort((a, b) => a.organisationId.localeCompare(b.organisationId));
  }
}
