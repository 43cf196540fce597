/** One event of a commitment in "what changed since": ids, versions, statuses and percents only. */
export interface CommitmentChangeEvent {
  eventId: string;
  type: string;
  occurredAt: string;
  aggregateVersion: number | null;
  organisationId?: string;
  status?: string;
  from?: string;
  percent?: number;
  contestedStatus?: string | null;
  assessmentId?: string;
}

export interface CommitmentChanges {
  commitmentId: string;
  title: string | null;
  lastChangedAt: string;
  events: CommitmentChangeEvent[];
}
