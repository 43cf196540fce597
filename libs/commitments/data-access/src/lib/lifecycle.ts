import { CommitmentStatus } from './commitment.models';

const NEXT: Record<CommitmentStatus, CommitmentStatus[]> = {
  pledged: ['in_progress', 'withdrawn'],
  in_progress: ['fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'],
  stalled: ['in_progress', 'partially_fulfilled', 'withdrawn'],
  partially_fulfilled: ['in_progress', 'fulfilled', 'withdrawn'],
  fulfilled: [],
  withdrawn: [],
};

/** The statuses a commitment may move to next (api.md, Lifecycle); the server has the last word. */
export function allowedNextStatuses(status: CommitmentStatus): CommitmentStatus[] {
  return NEXT[status] ?? [];
}
