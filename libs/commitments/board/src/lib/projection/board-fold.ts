import {
  CommitmentCoOwnerAddedV1,
  CommitmentLoggedV1,
  CommitmentProgressReportedV1,
  CommitmentShareProgressReportedV1,
  CommitmentShareStatusChangedV1,
  CommitmentStatusChangedV1,
} from '@accord/commitments/contracts';
import { CommitmentStatusName, OwnerShareView, TimelineEntry } from '@accord/commitments/contracts/views';

export type CommitmentEnvelope =
  | CommitmentLoggedV1
  | CommitmentProgressReportedV1
  | CommitmentStatusChangedV1
  | CommitmentCoOwnerAddedV1
  | CommitmentShareProgressReportedV1
  | CommitmentShareStatusChangedV1;

/** One board.commitment_view row with the column names as keys (jsonb_populate_recordset reads it). */
export interface ViewRow {
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
  due_date: string;
  status: CommitmentStatusName;
  latest_percent: number | null;
  progress_count: number;
  version: number;
  logged_at: string;
  updated_at: string;
  owners: OwnerShareView[];
}

export interface TimelineRow {
  event_id: string;
  commitment_id: string;
  aggregate_version: number;
  at: string;
  kind: TimelineEntry['kind'];
  entry: TimelineEntry;
}

/**
 * The board projection's rules as a pure fold: the live projection, the batch rebuild and the
 * "as of" replay all apply events through it, so they cannot disagree. A Logged for a known id and
 * an event at or below the row's version are no-ops; a gap is refused.
 */
export function foldEvent(views: Map<string, ViewRow>, e: CommitmentEnvelope): TimelineRow | 'skipped' | { gap: string } {
  if (e.type === 'CommitmentLogged') {
    if (views.has(e.aggregateId)) return 'skipped';
    views.set(e.aggregateId, loggedRow(e));
    return timeline(e, { at: e.payload.loggedAt, kind: 'logged', version: e.aggregateVersion, status: e.payload.status });
  }
  const view = views.get(e.aggregateId);
  const have = view?.version ?? 0;
  if (e.aggregateVersion <= have) return 'skipped';
  if (!view || e.aggregateVersion !== have + 1) return { gap: `commitment ${e.aggregateId}: have version ${have}, received ${e.aggregateVersion}; an earlier event is missing` };
  view.version = e.aggregateVersion;
  return timeline(e, applyTo(view, e));
}

function loggedRow({ payload: p, aggregateVersion }: CommitmentLoggedV1): ViewRow {
  const lead = { organisationId: p.owner.organisationId, name: p.owner.name, kind: p.owner.kind, country: p.owner.country, status: p.status, percent: null };
  return {
    id: p.commitmentId, owner_organisation_id: p.owner.organisationId, owner_name: p.owner.name, owner_kind: p.owner.kind,
    owner_country: p.owner.country, title: p.title, description: p.description, gcm_objectives: p.gcmObjectives,
    sdg_targets: p.sdgTargets, indicator: p.indicator, baseline: p.baseline, target_value: p.targetValue, due_date: p.dueDate,
    status: p.status, latest_percent: null, progress_count: 0, version: aggregateVersion, logged_at: p.loggedAt, updated_at: p.loggedAt,
    owners: [lead],
  };
}

function applyTo(view: ViewRow, e: Exclude<CommitmentEnvelope, CommitmentLoggedV1>): TimelineEntry {
  const version = e.aggregateVersion;
  switch (e.type) {
    case 'CommitmentProgressReported': {
      const p = e.payload;
      // v1 reports come from a single-owner commitment: they are the lead owner's share.
      setShare(view, view.owner_organisation_id, { percent: p.percent });
      Object.assign(view, { latest_percent: p.percent, progress_count: view.progress_count + 1, updated_at: p.reportedAt });
      return { at: p.reportedAt, kind: 'progress', version, progress: progressOf(e, view.owner_organisation_id) };
    }
    case 'CommitmentShareProgressReported': {
      const p = e.payload;
      setShare(view, p.organisationId, { percent: p.percent });
      Object.assign(view, { latest_percent: p.consolidatedPercent, progress_count: view.progress_count + 1, updated_at: p.reportedAt });
      return { at: p.reportedAt, kind: 'progress', version, organisationId: p.organisationId, progress: progressOf(e, p.organisationId) };
    }
    case 'CommitmentStatusChanged': {
      const p = e.payload;
      if (view.owners.length === 1) setShare(view, view.owner_organisation_id, { status: p.to });
      Object.assign(view, { status: p.to, updated_at: p.changedAt });
      return { at: p.changedAt, kind: 'status', version, status: p.to, from: p.from, reason: p.reason };
    }
    case 'CommitmentShareStatusChanged': {
      const p = e.payload;
      setShare(view, p.organisationId, { status: p.to });
      view.updated_at = p.changedAt;
      return { at: p.changedAt, kind: 'share_status', version, organisationId: p.organisationId, status: p.to, from: p.from, reason: p.reason };
    }
    case 'CommitmentCoOwnerAdded': {
      const { coOwner, addedAt } = e.payload;
      view.owners = [...view.owners, { ...coOwner, status: 'pledged', percent: null }];
      view.updated_at = addedAt;
      return { at: addedAt, kind: 'co_owner', version, organisationId: coOwner.organisationId, coOwner };
    }
  }
}

function progressOf(e: CommitmentProgressReportedV1 | CommitmentShareProgressReportedV1, organisationId: string): NonNullable<TimelineEntry['progress']> {
  const p = e.payload;
  return { eventId: e.eventId, percent: p.percent, narrative: p.narrative, evidenceUrl: p.evidenceUrl, evidenceLevel: p.evidenceLevel, reportedAt: p.reportedAt, reportedBy: e.actor, organisationId };
}

function setShare(view: ViewRow, organisationId: string, change: Partial<OwnerShareView>): void {
  view.owners = view.owners.map((o) => (o.organisationId === organisationId ? { ...o, ...change } : o));
}

function timeline(e: CommitmentEnvelope, entry: TimelineEntry): TimelineRow {
  return { event_id: e.eventId, commitment_id: e.aggregateId, aggregate_version: e.aggregateVersion, at: entry.at, kind: entry.kind, entry };
}
