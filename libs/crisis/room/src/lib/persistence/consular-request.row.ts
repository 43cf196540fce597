import { ConsularHistoryEntry, ConsularRequestView } from '@accord/crisis/contracts/views';
import { iso, isoOrNull } from './alert.row';

export interface ConsularRequestRow {
  id: string;
  requester_organisation_id: string;
  country: string;
  alert_id: string | null;
  nationals_count: number;
  services: string[];
  state: ConsularRequestView['state'];
  partner_organisation_id: string | null;
  partner_kind: 'state' | 'agency' | null;
  answer_due_at: Date | string | null;
  partners_tried: { organisationId: string; kind: 'state' | 'agency' }[];
  history: ConsularHistoryEntry[];
  case_counts: Record<string, number>;
  raised_at: Date | string;
  changed_at: Date | string;
  purged_at: Date | string | null;
  version: number;
}

/** The two organisations a request's details and pushes are for: the requester and whoever handles it now. */
export function partiesOf(r: ConsularRequestRow): string[] {
  return [r.requester_organisation_id, r.partner_organisation_id].filter((o): o is string => o !== null);
}

export function toConsularRequestView(r: ConsularRequestRow): ConsularRequestView {
  return {
    id: r.id,
    requesterOrganisationId: r.requester_organisation_id,
    country: r.country,
    alertId: r.alert_id,
    nationalsCount: r.nationals_count,
    services: r.services,
    state: r.state,
    partnerOrganisationId: r.partner_organisation_id,
    partnerKind: r.partner_kind,
    answerDueAt: isoOrNull(r.answer_due_at),
    history: r.history,
    caseCounts: r.case_counts,
    raisedAt: iso(r.raised_at),
    changedAt: iso(r.changed_at),
    purgedAt: isoOrNull(r.purged_at),
    version: r.version,
  };
}
