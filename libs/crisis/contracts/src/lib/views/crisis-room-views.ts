import { AlertTermsV1 } from '../alert-terms.schema';

/**
 * A count as shown to a viewer: 1–4 become "<5" outside the reporting State and the agencies, and a
 * total becomes "withheld" when subtracting the parts shown beside it would give a hidden count away.
 */
export type ShownCount = number | '<5' | 'withheld';

export type AlertStatus = 'open' | 'updated' | 'closed';

export interface AlertListEntry {
  id: string;
  country: string;
  status: AlertStatus;
  kind: AlertTermsV1['kind'];
  severity: AlertTermsV1['severity'];
  urgency: AlertTermsV1['urgency'];
  certainty: AlertTermsV1['certainty'];
  headline: string;
  languages: string[];
  issuerName: string;
  raisedAt: string;
  changedAt: string;
  closedAt: string | null;
  version: number;
}

export interface AlertHistoryEntry {
  version: number;
  at: string;
  change: 'raised' | 'updated' | 'closed';
  status: AlertStatus;
  severity?: AlertTermsV1['severity'];
  headline?: string;
  reason?: 'cancelled' | 'resolved';
  note?: string | null;
}

export interface CapHeader {
  identifier: string;
  sender: string;
  sent: string;
  status: string;
  msgType: string;
  scope: string;
  references: string | null;
}

/** Everything the alert events carry: alerts may be published, so this part is public. */
export interface AlertPublicView extends AlertListEntry {
  issuerOrganisationId: string;
  categories: string[];
  areas: AlertTermsV1['areas'];
  infos: AlertTermsV1['infos'];
  sources: string[];
  cap: CapHeader;
  closeReason: 'cancelled' | 'resolved' | null;
  closeNote: string | null;
  history: AlertHistoryEntry[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
