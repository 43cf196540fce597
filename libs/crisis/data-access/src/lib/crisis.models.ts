// Shapes of /api/crisis-room/* (libs/crisis/room room-views.ts, crisis-room-views.ts) and the presence DTO.

export type ShownCount = number | '<5';
export type AlertStatus = 'open' | 'updated' | 'closed';

export const ALERT_UPDATE_TYPES = ['CrisisAlertRaised', 'CrisisAlertUpdated', 'CrisisAlertClosed'] as const;
export const ROOM_UPDATE_TYPES = ['CrisisRoomUpdated', ...ALERT_UPDATE_TYPES] as const;
export const TASK_UPDATE_TYPES = ['CrisisExposureDetected', 'CrisisTaskClosed'] as const;
export const NEEDS = ['evacuation', 'consular', 'shelter', 'medical', 'translation'] as const;
export type Need = (typeof NEEDS)[number];

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
