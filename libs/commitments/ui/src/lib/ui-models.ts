// What the presentational components need to draw; the data-access views fit these shapes structurally,
// so this lib depends on no store or client.

export interface CommitmentCardData {
  id: string;
  title: string;
  ownerOrganisationName: string;
  ownerKind: string;
  ownerCountry: string | null;
  gcmObjectives: number[];
  sdgTargets: string[];
  dueDate: string;
  status: string;
  latestPercent: number | null;
  owners?: OwnerShareData[];
  disputed?: boolean;
}

export interface OwnerShareData {
  organisationId: string;
  name: string;
  kind: string;
  status: string;
  percent: number | null;
}

export interface TimelineItem {
  at: string;
  kind: 'logged' | 'progress' | 'status' | 'co_owner' | 'share_status';
  organisationId?: string;
  coOwner?: { organisationId: string; name: string };
  status?: string;
  from?: string;
  reason?: string | null;
  progress?: { percent: number; narrative: string; evidenceUrl: string | null; evidenceLevel: string };
}
