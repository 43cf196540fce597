import { CommitmentView, OwnerShareView } from '../commitment-view';

export interface CommitmentViewRow {
  id: string;
  owner_organisation_id: string;
  owner_name: string;
  owner_kind: string;
  owner_country: string | null;
  title: string;
  description: string;
  gcm_objectives: number[];
  sdg_targets: string[];
  indicator: string;
  baseline: string;
  target_value: string;
  due_date: string | Date;
  status: string;
  latest_percent: number | null;
  progress_count: number;
  version: number;
  logged_at: Date;
  updated_at: Date;
  owners: OwnerShareView[];
  disputed: boolean;
}

const day = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export function toCommitmentView(r: CommitmentViewRow): CommitmentView {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    ownerOrganisationId: r.owner_organisation_id,
    ownerOrganisationName: r.owner_name,
    ownerKind: r.owner_kind,
    ownerCountry: r.owner_country,
    gcmObjectives: r.gcm_objectives,
    sdgTargets: r.sdg_targets,
    indicator: r.indicator,
    baseline: r.baseline,
    targetValue: r.target_value,
    dueDate: day(r.due_date),
    status: r.status,
    latestPercent: r.latest_percent,
    progressCount: r.progress_count,
    version: r.version,
    loggedAt: new Date(r.logged_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    owners: r.owners,
    disputed: r.disputed,
  };
}
