export interface IssuedFrom {
  meetingId: string;
  title: string;
  process: string;
  date: string;
}

/** Set when the recommendation is a decision of an emergency consultation on a crisis alert. */
export interface ConsultationOrigin {
  consultationId: string;
  alertId: string;
}

export interface RecommendationTerms {
  title: string;
  text: string;
  addresseeIds: string[];
  /** Calendar date, YYYY-MM-DD: follow-up is overdue from the next day. */
  dueDate: string;
}

export interface FollowUpReport {
  narrative: string;
  commitmentIds: string[];
  localActionIds: string[];
}
