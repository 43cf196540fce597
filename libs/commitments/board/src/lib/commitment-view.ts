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
  status: string;
  latestPercent: number | null;
  progressCount: number;
  version: number;
  loggedAt: string;
  updatedAt: string;
}

export interface TimelineEntry {
  at: string;
  kind: 'logged' | 'progress' | 'status';
  version: number;
  status?: string;
  from?: string;
  reason?: string | null;
  progress?: {
    eventId: string;
    percent: number;
    narrative: string;
    evidenceUrl: string | null;
    evidenceLevel: string;
    reportedAt: string;
    reportedBy: { personId: string; organisationId: string } | null;
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
