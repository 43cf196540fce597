/** A commitment's or an owner's share's status (CommitmentStatusChanged.v1, CommitmentShareStatusChanged.v1). */
export type CommitmentStatusName = 'pledged' | 'in_progress' | 'fulfilled' | 'partially_fulfilled' | 'stalled' | 'withdrawn';
/** How strong a progress report's evidence is (the report's good / promising / emerging practice, or a case study). */
export type EvidenceLevelName = 'good_practice' | 'promising_practice' | 'emerging_practice' | 'case_study';

/** One owner of a commitment and its own share (a single-owner commitment has one). */
export interface OwnerShareView {
  organisationId: string;
  name: string;
  kind: string;
  country: string | null;
  status: CommitmentStatusName;
  percent: number | null;
}

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
  status: CommitmentStatusName;
  latestPercent: number | null;
  progressCount: number;
  version: number;
  loggedAt: string;
  updatedAt: string;
  /** The lead owner first, then the co-owners in the order they joined. */
  owners: OwnerShareView[];
  /** An assessment contests the owner's status and the owner has not replied yet. */
  disputed: boolean;
}

export interface TimelineEntry {
  at: string;
  kind: 'logged' | 'progress' | 'status' | 'co_owner' | 'share_status';
  version: number;
  /** The owner a share event is about (joint commitments). */
  organisationId?: string;
  coOwner?: { organisationId: string; name: string; kind: string; country: string | null };
  status?: CommitmentStatusName;
  from?: CommitmentStatusName;
  reason?: string | null;
  progress?: {
    eventId: string;
    percent: number;
    narrative: string;
    evidenceUrl: string | null;
    evidenceLevel: EvidenceLevelName;
    reportedAt: string;
    reportedBy: { personId: string; organisationId: string } | null;
    /** The owner whose share this report is about. */
    organisationId?: string;
  };
}

export interface CommitmentDetailView extends CommitmentView {
  timeline: TimelineEntry[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
