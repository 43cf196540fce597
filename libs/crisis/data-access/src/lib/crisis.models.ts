// The answers of /api/crisis-room/* are the server's own types (type-only: nothing of the server is bundled);
// request bodies and the lists the forms offer follow.
import type { AlertPublicView, ConsularRequestView } from '@accord/crisis/contracts/views';

export type {
  AlertListEntry, AlertPublicView, AlertStatus, CrisisRoomView, EvacuationProgress, EvacuationView, FieldReportPoint, FieldReportsSummary,
  FieldReportView, PresenceByState, RoomCapacityRoute, RoomConsultationView, RoomDetails, ShownCount, TaskView,
} from '@accord/crisis/contracts/views';
export type AlertArea = AlertPublicView['areas'][number];
export type AlertInfo = AlertPublicView['infos'][number];
/** A request as the room lists it to its two parties. */
export type RoomConsularRequest = ConsularRequestView;

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

// Field reports (body: libs/crisis/infrastructure file-field-report.request.ts).
export const MOVEMENT_DIRECTIONS = ['arriving', 'departing', 'transiting', 'stranded'] as const;
export const OBSERVED_SEXES = ['female', 'male', 'unknown'] as const;
export const AGE_BANDS = ['child', 'adult', 'older', 'unknown'] as const;
export const PROTECTION_INCIDENT_KINDS = [
  'detention', 'extortion', 'robbery', 'physical_violence', 'sexual_violence', 'kidnapping', 'death', 'family_separation', 'forced_return', 'denial_of_assistance',
] as const;
export const FIELD_NEEDS = ['water', 'food', 'shelter', 'medical', 'protection', 'transport', 'information', 'documentation', 'cash'] as const;
export const FIELD_NOTE_MAX = 500;
export const FIELD_REPORT_FILED = 'FieldReportFiled';

/** Body of POST /api/crisis-alerts/:id/field-reports: counts by group and kinds from fixed lists, never a name. */
export interface FieldObservation {
  place: { name: string; lat?: number | null; lon?: number | null };
  observedAt: string;
  movements?: { direction: string; sex: string; ageBand: string; count: number }[];
  incidents?: { kind: string; count: number }[];
  needs?: string[];
  note?: string;
}

// Regional response in the room (GET /api/crisis-room/alerts/:id/{consultations,capacity}).
export const CONSULTATION_UPDATED = 'ConsultationUpdated';
export const CAPACITY_UPDATED = 'CapacityUpdated';

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
