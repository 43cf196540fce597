/** A consultation as the crisis room shows it: counts of attendance, decisions with their recommendations. */
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

/** Seats per route over the alert's evacuation operations: counts only. */
export interface RoomCapacityRoute {
  operationId: string;
  from: string;
  to: string;
  offeredSeats: number;
  requestedSeats: number;
  /** Seats in live matches (proposed or confirmed). */
  matchedSeats: number;
  confirmedSeats: number;
  offers: number;
  requests: number;
}

export interface RegionalPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
