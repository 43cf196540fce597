import { CommitmentView } from '@accord/commitments/contracts/views';
import { ViewRow } from '../projection/board-fold';

/** A board.commitment_view row as node-postgres reads it (dates as Date) with the dispute flag. */
export interface CommitmentViewRow extends Omit<ViewRow, 'due_date' | 'logged_at' | 'updated_at'> {
  due_date: string | Date;
  logged_at: Date;
  updated_at: Date;
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
