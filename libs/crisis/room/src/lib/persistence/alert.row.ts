import { AlertTermsV1 } from '@accord/crisis/contracts';
import { AlertHistoryEntry, AlertListEntry, AlertPublicView, AlertStatus, CapHeader } from '@accord/crisis/contracts/views';

export interface AlertRow {
  id: string;
  country: string;
  status: AlertStatus;
  terms: AlertTermsV1;
  issuer_organisation_id: string;
  issuer_name: string;
  cap: CapHeader;
  headline: string;
  severity: AlertTermsV1['severity'];
  close_reason: 'cancelled' | 'resolved' | null;
  close_note: string | null;
  raised_at: Date | string;
  changed_at: Date | string;
  closed_at: Date | string | null;
  version: number;
}

export const iso = (d: Date | string): string => new Date(d).toISOString();
export const isoOrNull = (d: Date | string | null): string | null => (d === null ? null : iso(d));

export function toListEntry(r: AlertRow): AlertListEntry {
  return {
    id: r.id,
    country: r.country,
    status: r.status,
    kind: r.terms.kind,
    severity: r.terms.severity,
    urgency: r.terms.urgency,
    certainty: r.terms.certainty,
    headline: r.headline,
    languages: r.terms.infos.map((i) => i.language),
    issuerName: r.issuer_name,
    raisedAt: iso(r.raised_at),
    changedAt: iso(r.changed_at),
    closedAt: isoOrNull(r.closed_at),
    version: r.version,
  };
}

export function toPublicView(r: AlertRow, history: AlertHistoryEntry[]): AlertPublicView {
  return {
    ...toListEntry(r),
    issuerOrganisationId: r.issuer_organisation_id,
    categories: r.terms.categories,
    areas: r.terms.areas,
    infos: r.terms.infos,
    sources: r.terms.sources,
    cap: r.cap,
    closeReason: r.close_reason,
    closeNote: r.close_note,
    history,
  };
}
