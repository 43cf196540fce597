// The board's answers are the server's own types (type-only: nothing of the server is bundled).
import type { CommitmentDetailView, OwnerShareView, TimelineEntry } from '@accord/commitments/contracts/views';

export const COMMITMENT_STATUSES = ['pledged', 'in_progress', 'fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const EVIDENCE_LEVELS = ['good_practice', 'promising_practice', 'emerging_practice', 'case_study'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export type { CommitmentView, TimelineEntry } from '@accord/commitments/contracts/views';
/** One owner of a commitment and its own share (a joint commitment has several). */
export type OwnerShare = OwnerShareView;
export type CommitmentDetail = CommitmentDetailView;
export type ProgressView = NonNullable<TimelineEntry['progress']>;

export const ORGANISATION_KINDS = ['state', 'city', 'cso', 'agency', 'secretariat'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OrganisationRef {
  id: string;
  name: string;
  kind: string;
  country: string | null;
}

export interface GcmObjectiveRef {
  number: number;
  title: string;
  short: string;
}

export interface SdgTargetRef {
  code: string;
  title: string;
  goal: number;
}

export interface WriteResult {
  id: string;
  version: number;
}

export interface NewCommitment {
  title: string;
  description: string;
  gcmObjectives: number[];
  sdgTargets: string[];
  indicator: string;
  baseline: string;
  targetValue: string;
  dueDate: string;
  coOwnerIds?: string[];
}

export interface ProgressReport {
  percent: number;
  narrative: string;
  evidenceUrl?: string;
  evidenceLevel: EvidenceLevel;
}

/** The live `update` types that carry a CommitmentView. */
export const COMMITMENT_UPDATE_TYPES = [
  'CommitmentLogged',
  'CommitmentProgressReported',
  'CommitmentStatusChanged',
  'CommitmentCoOwnerAdded',
  'CommitmentShareProgressReported',
  'CommitmentShareStatusChanged',
  // An assessment opening or closing a dispute re-sends the commitment's view under this live type.
  'CommitmentDisputeChanged',
];

/** One event in "what changed since": ids, statuses and percents only. */
export interface CommitmentChangeEvent {
  eventId: string;
  type: string;
  occurredAt: string;
  aggregateVersion: number | null;
  organisationId?: string;
  status?: CommitmentStatus;
  from?: CommitmentStatus;
  percent?: number;
  contestedStatus?: CommitmentStatus | null;
}

export interface CommitmentChanges {
  commitmentId: string;
  title: string | null;
  lastChangedAt: string;
  events: CommitmentChangeEvent[];
}
