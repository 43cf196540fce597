export const COMMITMENT_STATUSES = ['pledged', 'in_progress', 'fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

const NEXT: Record<CommitmentStatus, readonly CommitmentStatus[]> = {
  pledged: ['in_progress', 'withdrawn'],
  in_progress: ['fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'],
  stalled: ['in_progress', 'partially_fulfilled', 'withdrawn'],
  partially_fulfilled: ['in_progress', 'fulfilled', 'withdrawn'],
  fulfilled: [],
  withdrawn: [],
};

export function allowedNextStatuses(from: CommitmentStatus): readonly CommitmentStatus[] {
  return NEXT[from];
}

export function isFinalStatus(status: CommitmentStatus): boolean {
  return NEXT[status].length === 0;
}

export function isCommitmentStatus(value: unknown): value is CommitmentStatus {
  return typeof value === 'string' && (COMMITMENT_STATUSES as readonly string[]).includes(value);
}
