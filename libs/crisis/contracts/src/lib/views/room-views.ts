import { AlertPublicView, ShownCount } from './crisis-room-views';
import { FieldReportsSummary } from './field-report-views';

export interface PresenceByState {
  stateOrganisationId: string;
  reportId: string;
  reportedAt: string;
  places: { place: string; count: ShownCount }[];
  total: ShownCount;
  needs: string[];
}

export interface ConsularHistoryEntry {
  at: string;
  event: 'raised' | 'routed' | 'accepted' | 'declined' | 'escalated' | 'closed' | 'purged';
  organisationId: string | null;
  toOrganisationId?: string;
  toKind?: 'state' | 'agency';
  reason?: string;
  attempt?: number;
}

/** One request as its two parties see it: ids and counts, never the people. */
export interface ConsularRequestView {
  id: string;
  requesterOrganisationId: string;
  country: string;
  alertId: string | null;
  nationalsCount: number;
  services: string[];
  state: 'raised' | 'routed' | 'accepted' | 'declined' | 'escalated' | 'closed';
  partnerOrganisationId: string | null;
  partnerKind: 'state' | 'agency' | null;
  answerDueAt: string | null;
  history: ConsularHistoryEntry[];
  caseCounts: Record<string, number>;
  raisedAt: string;
  changedAt: string;
  purgedAt: string | null;
  version: number;
}

/** What everyone else in the room learns about consular work: how much, not who asked whom. */
export interface ConsularSummary {
  requests: number;
  nationals: ShownCount;
  byState: Record<string, number>;
}

export interface EvacuationProgress {
  nationality: string;
  target: ShownCount;
  movements: Record<string, ShownCount>;
  /** Evacuated against target, in percent; null when either count is hidden. */
  percent: number | null;
}

export interface EvacuationView {
  id: string;
  name: string;
  operatorOrganisationId: string;
  openedAt: string;
  changedAt: string;
  progress: EvacuationProgress[];
}

export interface ExposureEntry {
  organisationId: string;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
}

export interface ConcernedOrganisation {
  organisationId: string;
  /** Known from the events (a presence report comes from a State); null when they do not say. */
  kind: 'state' | 'agency' | null;
  reasons: string[];
}

export interface RoomDetails {
  presence: PresenceByState[];
  consular: { mine: ConsularRequestView[]; summary: ConsularSummary };
  evacuations: EvacuationView[];
  exposure: ExposureEntry[];
  concerned: ConcernedOrganisation[];
  fieldReports: FieldReportsSummary;
}

/** The crisis room: the public alert always; the room details only for concerned organisations. */
export interface CrisisRoomView {
  alert: AlertPublicView;
  room: RoomDetails | null;
}

export interface TaskView {
  alertId: string;
  organisationId: string;
  kind: 'confirm_presence_and_needs';
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  alertHeadline: string | null;
  alertCountry: string | null;
}
