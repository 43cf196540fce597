export interface OverdueCandidate {
  recommendationId: string;
  addresseeId: string;
  dueDate: string;
  lastReminderPeriod: number;
}

/** Addressees past their due date with no report yet: what the overdue scheduler looks at. */
export abstract class OverdueCandidates {
  abstract dueBefore(today: string, limit: number): Promise<OverdueCandidate[]>;
}
