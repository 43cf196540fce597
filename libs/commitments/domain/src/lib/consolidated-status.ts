import { CommitmentStatus } from './commitment-status';

/** One owner's part of a joint commitment: its own status and latest reported percent. */
export interface OwnerShare {
  organisationId: string;
  status: CommitmentStatus;
  percent: number | null;
}

/**
 * The status of a commitment as a whole, derived from its owners' shares (first rule that holds):
 * every share withdrawn → withdrawn; otherwise, looking only at the shares not withdrawn:
 * all fulfilled → fulfilled; all fulfilled or partially fulfilled → partially_fulfilled;
 * any in progress → in_progress; any stalled → stalled; all pledged → pledged;
 * else (some delivered, some not started) → in_progress.
 * A single-owner commitment therefore has exactly its owner's status.
 */
export function consolidatedStatus(shares: readonly OwnerShare[]): CommitmentStatus {
  const active = shares.filter((s) => s.status !== 'withdrawn').map((s) => s.status);
  if (active.length === 0) return 'withdrawn';
  const all = (...of: CommitmentStatus[]) => active.every((s) => of.includes(s));
  if (all('fulfilled')) return 'fulfilled';
  if (all('fulfilled', 'partially_fulfilled')) return 'partially_fulfilled';
  if (active.includes('in_progress')) return 'in_progress';
  if (active.includes('stalled')) return 'stalled';
  if (all('pledged')) return 'pledged';
  return 'in_progress';
}

/** Mean of the shares not withdrawn (a share that never reported counts as 0); null before any report. */
export function consolidatedPercent(shares: readonly OwnerShare[]): number | null {
  if (shares.every((s) => s.percent === null)) return null;
  const active = shares.filter((s) => s.status !== 'withdrawn');
  const counted = active.length ? active : shares;
  return Math.round(counted.reduce((sum, s) => sum + (s.percent ?? 0), 0) / counted.length);
}
