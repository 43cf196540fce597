// Shapes of the follow-up routes (libs/follow-up/tracker tracker-views.ts and the request DTOs).

export const FOLLOW_UP_RESPONSES = ['supports', 'notes', 'rejects'] as const;
export type FollowUpResponse = (typeof FOLLOW_UP_RESPONSES)[number];

export const TRACKER_STATES = ['awaiting_response', 'overdue', 'reported'] as const;
export type TrackerState = (typeof TRACKER_STATES)[number];

/** Live update types whose view is the changed tracker rows. */
export const TRACKER_UPDATE_TYPES = ['RecommendationIssued', 'RecommendationResponded', 'FollowUpReported', 'FollowUpOverdue'] as const;
export const NOTIFICATION_UPDATE_TYPE = 'NotificationRaised';

export interface TrackerRow {
  recommendationId: string;
  title: string;
  process: string;
  secretariatId: string;
  meetingTitle: string;
  dueDate: string;
  addresseeId: string;
  response: FollowUpResponse | null;
  responseReason: string | null;
  respondedAt: string | null;
  lastReportAt: string | null;
  reportCount: number;
  reportedOnTime: boolean | null;
  overdueDays: number;
  reminders: number;
}

export interface TrackerFilters {
  process: string;
  addresseeId: string;
  recommendationId: string;
  state: '' | TrackerState;
}

export const EMPTY_TRACKER_FILTERS: TrackerFilters = { process: '', addresseeId: '', recommendationId: '', state: '' };

export type ScorecardBy = 'process' | 'addressee';

export interface Scorecard {
  key: string;
  obligations: number;
  respondedShare: number | null;
  reportedOnTimeShare: number | null;
  linkedCommitments: number;
  linkedCommitmentsFulfilledShare: number | null;
}

export interface NotificationView {
  eventId: string;
  kind: 'recommendation_issued' | 'follow_up_overdue';
  recommendationId: string;
  at: string;
  detail: Record<string, unknown>;
}

export interface NewMeeting {
  title: string;
  date: string;
  process: string;
}

export interface NewRecommendation {
  meetingId: string;
  title: string;
  text: string;
  addresseeIds: string[];
  dueDate: string;
}

export interface FollowUpReport {
  narrative: string;
  commitmentIds: string[];
  localActionIds: string[];
}

export interface FollowUpSaved {
  id: string;
  version?: number;
}
