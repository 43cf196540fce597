// Shapes of /api/crisis-room/* (libs/crisis/room room-views.ts, crisis-room-views.ts) and the presence DTO.

/** 'withheld': a total the server hides because subtracting the shown parts would reveal a small count. */
export type ShownCount = number | '<5' | 'withheld';
export type AlertStatus = 'open' | 'updated' | 'closed';

export const ALERT_UPDATE_TYPES = ['CrisisAlertRaised', 'CrisisAlertUpdated', 'CrisisAlertClosed'] as const;
export const ROOM_UPDATE_TYPES = ['CrisisRoomUpdated', ...ALERT_UPDATE_TYPES] as const;
export const TASK_UPDATE_TYPES = ['CrisisExposureDetected', 'CrisisTaskClosed'] as const;
export const NEEDS = ['evacuation', 'consular', 'shelter', 'medical', 'translation'] as const;
export type Need = (typeof NEEDS)[number];
export const ALERT_KINDS = ['conflict', 'civil_unrest', 'natural_hazard', 'other'] as const;
export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;
export const CAP_CATEGORIES = ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'] as const;
export const MOVEMENT_KINDS = ['evacuated', 'in_transit', 'returned', 'reintegration_support'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export interface AlertListEntry {
  id: string;
  country: string;
  status: AlertStatus;
  kind: string;
  severity: string;
  urgency: string;
  certainty: string;
  headline: string;
  languages: string[];
  issuerName: string;
  raisedAt: string;
  changedAt: string;
  closedAt: string | null;
  version: number;
}

export interface AlertArea {
  name: string;
  polygons: string[];
  circles: string[];
}

export interface AlertInfo {
  language: string;
  event: string;
  headline: string;
  description: string;
  instruction: string;
  areaNames: string[];
}

export interface AlertPublicView extends AlertListEntry {
  issuerOrganisationId: string;
  categories: string[];
  areas: AlertArea[];
  infos: AlertInfo[];
  sources: string[];
  cap: { identifier: string; sender: string; sent: string; status: string; msgType: string; scope: string; references: string | null };
  closeReason: 'cancelled' | 'resolved' | null;
  closeNote: string | null;
  history: { version: number; at: string; change: string; status: AlertStatus; severity?: string; headline?: string }[];
}

export interface PresenceByState {
  stateOrganisationId: string;
  reportId: string;
  reportedAt: string;
  places: { place: string; count: ShownCount }[];
  total: ShownCount;
  needs: string[];
}

export interface RoomConsularRequest {
  id: string;
  requesterOrganisationId: string;
  country: string;
  alertId: string | null;
  nationalsCount: number;
  services: string[];
  state: string;
  partnerOrganisationId: string | null;
  partnerKind: 'state' | 'agency' | null;
  answerDueAt: string | null;
  caseCounts: Record<string, number>;
  raisedAt: string;
  changedAt: string;
  version: number;
}

export interface EvacuationProgress {
  nationality: string;
  target: ShownCount;
  movements: Record<string, ShownCount>;
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

export interface RoomDetails {
  presence: PresenceByState[];
  consular: { mine: RoomConsularRequest[]; summary: { requests: number; nationals: ShownCount; byState: Record<string, number> } };
  evacuations: EvacuationView[];
  exposure: { organisationId: string; status: 'open' | 'closed'; openedAt: string; closedAt: string | null }[];
  concerned: { organisationId: string; kind: 'state' | 'agency' | null; reasons: string[] }[];
  fieldReports: FieldReportsSummary;
}

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

export interface PresenceReport {
  places: { place: string; count: number }[];
  needs: Need[];
}

/** Body of POST /api/crisis-alerts and PUT /api/crisis-alerts/:id (AlertTermsRequest). */
export interface AlertTerms {
  country: string;
  kind: string;
  severity: string;
  urgency: string;
  certainty: string;
  categories?: string[];
  areas: { name: string; polygons?: string[]; circles?: string[] }[];
  infos: { language: string; event?: string; headline: string; description: string; instruction?: string; areaNames?: string[] }[];
  sources?: string[];
}

export interface Saved {
  id: string;
  version: number;
}

/** Body of POST /api/evacuation-operations (OpenOperationRequest). */
export interface OpenOperation {
  alertId: string;
  country: string;
  name: string;
  targets: { nationality: string; count: number }[];
}

/** Body of POST /api/evacuation-operations/:id/movements (ReportMovementRequest). */
export interface MovementReport {
  nationality: string;
  kind: MovementKind;
  count: number;
}

// Field reports (libs/crisis/room field-report-views.ts; body: libs/crisis/infrastructure file-field-report.request.ts).
export const MOVEMENT_DIRECTIONS = ['arriving', 'departing', 'transiting', 'stranded'] as const;
export const OBSERVED_SEXES = ['female', 'male', 'unknown'] as const;
export const AGE_BANDS = ['child', 'adult', 'older', 'unknown'] as const;
export const PROTECTION_INCIDENT_KINDS = [
  'detention', 'extortion', 'robbery', 'physical_violence', 'sexual_violence', 'kidnapping', 'death', 'family_separation', 'forced_return', 'denial_of_assistance',
] as const;
export const FIELD_NEEDS = ['water', 'food', 'shelter', 'medical', 'protection', 'transport', 'information', 'documentation', 'cash'] as const;
export const FIELD_NOTE_MAX = 500;
export const FIELD_REPORT_FILED = 'FieldReportFiled';

/** A monitor's report as a room member sees it: counts 1–4 read '<5' beyond the monitor and the agencies. */
export interface FieldReportView {
  id: string;
  alertId: string;
  monitorOrganisationId: string;
  place: { name: string; lat: number | null; lon: number | null };
  observedAt: string;
  filedAt: string;
  movements: { direction: string; sex: string; ageBand: string; count: ShownCount }[];
  movementTotal: ShownCount;
  incidents: { kind: string; count: ShownCount }[];
  needs: string[];
}

export interface FieldReportPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  observedAt: string;
}

export interface FieldReportsSummary {
  total: number;
  points: FieldReportPoint[];
}

/** Body of POST /api/crisis-alerts/:id/field-reports: counts by group and kinds from fixed lists, never a name. */
export interface FieldObservation {
  place: { name: string; lat?: number | null; lon?: number | null };
  observedAt: string;
  movements?: { direction: string; sex: string; ageBand: string; count: number }[];
  incidents?: { kind: string; count: number }[];
  needs?: string[];
  note?: string;
}

// Regional response in the room (libs/crisis/room regional/*: GET /api/crisis-room/alerts/:id/{consultations,capacity}).
export const CONSULTATION_UPDATED = 'ConsultationUpdated';
export const CAPACITY_UPDATED = 'CapacityUpdated';

/** An emergency consultation on the alert, as its secretariat, invited States and agencies see it. */
export interface RoomConsultationView {
  id: string;
  alertId: string;
  secretariatId: string;
  process: string;
  title: string;
  scheduledAt: string;
  status: 'convened' | 'closed';
  invitedStateIds: string[];
  agencyIds: string[];
  attendance: { invited: number; present: number; absent: number; unrecorded: number };
  decisions: { decisionId: string; recommendationId: string; title: string; addresseeIds: string[]; dueDate: string; recordedAt: string }[];
  changedAt: string;
}

/** Seats on one route of an evacuation operation: counts only, never passenger lists. */
export interface RoomCapacityRoute {
  operationId: string;
  from: string;
  to: string;
  offeredSeats: number;
  requestedSeats: number;
  matchedSeats: number;
  confirmedSeats: number;
  offers: number;
  requests: number;
}

export const TRANSPORT_MODES = ['air', 'sea', 'road'] as const;

/** Body of POST /api/evacuations/:operationId/capacity/offers (OfferCapacityRequest): seats, never passengers. */
export interface CapacityOffer {
  from: string;
  to: string;
  departureDate: string;
  seats: number;
  mode: string;
}

// Acting on the regional response (H22 API: /api/crisis-alerts/:id/consultations, /api/consultations/:id/*, /api/evacuations/:id/capacity/*).

/** Body of POST /api/crisis-alerts/:alertId/consultations. */
export interface ConsultationTerms {
  title: string;
  process: string;
  scheduledAt: string;
  invitedStateIds: string[];
  agencyIds: string[];
}

/** One mark of POST /api/consultations/:id/attendance: only invited States. */
export interface AttendanceMark {
  organisationId: string;
  present: boolean;
}

/** Body of POST /api/consultations/:id/decisions: the decision is followed up as a recommendation. */
export interface DecisionTerms {
  title: string;
  text: string;
  addresseeIds: string[];
  dueDate: string;
}

export interface RecordedDecision extends Saved {
  decisionId: string;
  recommendationId: string;
}

/** Body of POST /api/evacuations/:operationId/capacity/requests: passengers by nationality counts, never names. */
export interface CapacityRequest {
  from: string;
  to: string;
  earliestDate: string;
  latestDate: string;
  passengers: { nationality: string; count: number }[];
}

/** Body of POST /api/evacuations/:operationId/capacity/matches (an agency matches by hand). */
export interface ManualMatch {
  offerId: string;
  requestId: string;
  seats: number;
  offerVersion?: number;
}

export interface CapacityOfferView {
  id: string;
  operationId: string;
  organisationId: string;
  from: string;
  to: string;
  departureDate: string;
  mode: string;
  seats: number;
  allocatedSeats: number;
  freeSeats: number;
  offeredAt: string;
  version: number;
}

export interface CapacityRequestView {
  id: string;
  operationId: string;
  organisationId: string;
  from: string;
  to: string;
  earliestDate: string;
  latestDate: string;
  passengers: { nationality: string; count: number }[];
  passengerCount: number;
  matchedSeats: number;
  requestedAt: string;
}

export type MatchStatus = 'proposed' | 'confirmed' | 'declined';

export interface CapacityMatchView {
  id: string;
  offerId: string;
  requestId: string;
  operationId: string;
  offerOrganisationId: string;
  requestOrganisationId: string;
  seats: number;
  proposedBy: 'matcher' | 'agency';
  status: MatchStatus;
  confirmedBy: string[];
  matchedAt: string;
}

/** An evacuation operation as a choice list shows it. */
export interface OperationChoice {
  id: string;
  name: string;
}
