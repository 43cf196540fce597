export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** One addressee's follow-up of one recommendation: a row of the secretariat's tracker. */
export interface TrackerRow {
  recommendationId: string;
  title: string;
  process: string;
  secretariatId: string;
  meetingTitle: string;
  dueDate: string;
  addresseeId: string;
  /** The addressee's answer (RecommendationResponded.v1), null until it gives one. */
  response: 'supports' | 'notes' | 'rejects' | null;
  responseReason: string | null;
  respondedAt: string | null;
  lastReportAt: string | null;
  reportCount: number;
  reportedOnTime: boolean | null;
  overdueDays: number;
  reminders: number;
}

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

export interface RelatedItem {
  kind: 'assessment' | 'assessment_reply' | 'local_action' | 'recommendation_answered';
  at: string;
  item: Record<string, unknown>;
}

export interface CommitmentRelated {
  commitmentId: string;
  /** An assessment contests the owner's status and the owner has not replied to it yet. */
  disputed: boolean;
  items: RelatedItem[];
}
