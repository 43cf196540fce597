export const COMMITMENT_STATUSES = ['pledged', 'in_progress', 'fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const EVIDENCE_LEVELS = ['good_practice', 'promising_practice', 'emerging_practice', 'case_study'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const ORGANISATION_KINDS = ['state', 'city', 'cso', 'agency', 'secretariat'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** One owner of a commitment and its own share (a joint commitment has several). */
export interface OwnerShare {
  organisationId: string;
  name: string;
  kind: string;
  country: string | null;
  status: CommitmentStatus;
  percent: number | null;
}

/** `CommitmentView` of api.md: one row of the public board. */
export interface CommitmentView {
  id: string;
  title: string;
  description: string;
  ownerOrganisationId: string;
  ownerOrganisationName: string;
  ownerKind: string;
  ownerCountry: string | null;
  gcmObjectives: number[];
  sdgTargets: string[];
  indicator: string;
  baseline: string;
  targetValue: string;
  dueDate: string;
  status: CommitmentStatus;
  latestPercent: number | null;
  progressCount: number;
  version: number;
  loggedAt: string;
  updatedAt: string;
  /** The lead owner first, then co-owners. */
  owners: OwnerShare[];
  /** An assessment contests the status and the owner has not replied yet. */
  disputed: boolean;
}

export interface ProgressView {
  eventId: string;
  percent: number;
  narrative: string;
  evidenceUrl: string | null;
  evidenceLevel: EvidenceLevel;
  reportedAt: string;
  reportedBy: { personId: string; organisationId: string } | null;
  organisationId?: string;
}

export interface TimelineEntry {
  at: string;
  kind: 'logged' | 'progress' | 'status' | 'co_owner' | 'share_status';
  organisationId?: string;
  coOwner?: { organisationId: string; name: string };
  status?: CommitmentStatus;
  from?: CommitmentStatus;
  reason?: string | null;
  progress?: ProgressView;
}

export interface CommitmentDetail extends CommitmentView {
  timeline: TimelineEntry[];
}

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
