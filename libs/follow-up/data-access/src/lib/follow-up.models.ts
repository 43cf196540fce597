// The answers of the follow-up routes are the server's own types (type-only: nothing of the server is
// bundled); request bodies and the lists the forms offer follow.

export type { NotificationView, Scorecard, TrackerRow } from '@accord/follow-up/contracts/views';

export const FOLLOW_UP_RESPONSES = ['supports', 'notes', 'rejects'] as const;
export type FollowUpResponse = (typeof FOLLOW_UP_RESPONSES)[number];

export const TRACKER_STATES = ['awaiting_response', 'overdue', 'reported'] as const;
export type TrackerState = (typeof TRACKER_STATES)[number];

/** Live update types whose view is the changed tracker rows. */
export const TRACKER_UPDATE_TYPES = ['RecommendationIssued', 'RecommendationResponded', 'FollowUpReported', 'FollowUpOverdue'] as const;
export const NOTIFICATION_UPDATE_TYPE = 'NotificationRaised';

export interface TrackerFilters {
  process: string;
  addresseeId: string;
  recommendationId: string;
  state: '' | TrackerState;
}

export const EMPTY_TRACKER_FILTERS: TrackerFilters = { process: '', addresseeId: '', recommendationId: '', state: '' };

export type ScorecardBy = 'process' | 'addressee';

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
