export interface IssuedFrom {
  meetingId: string;
  title: string;
  process: string;
  date: string;
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
