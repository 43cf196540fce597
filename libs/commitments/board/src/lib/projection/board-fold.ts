import { CommitmentLoggedV1, CommitmentProgressReportedV1, CommitmentStatusChangedV1 } from '@accord/commitments/contracts';
import { TimelineEntry } from '../commitment-view';

export type CommitmentEnvelope = CommitmentLoggedV1 | CommitmentProgressReportedV1 | CommitmentStatusChangedV1;

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
  status: string;
  latest_percent: number | null;
  progress_count: number;
  version: number;
  logged_at: string;
  updated_at: string;
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
 * The board projection's rules as a pure fold, so a rebuild can apply thousands of events in memory
 * and write each touched row once. Same outcomes as CommitmentBoardProjection.apply, event by event:
 * a Logged for a known id and an event at or below the row's version are no-ops; a gap is refused.
 */
export function foldEvent(views: Map<string, ViewRow>, e: CommitmentEnvelope): TimelineRow | 'skipped' | { gap: string } {
  if (e.type === 'CommitmentLogged') {
    if (views.has(e.aggregateId)) return 'skipped';
    const p = e.payload;
    views.set(p.commitmentId, {
      id: p.commitmentId, owner_organisation_id: p.owner.organisationId, owner_name: p.owner.name, owner_kind: p.owner.kind,
      owner_country: p.owner.country, title: p.title, description: p.description, gcm_objectives: p.gcmObjectives,
      sdg_targets: p.sdgTargets, indicator: p.indicator, baseline: p.baseline, target_value: p.targetValue, due_date: p.dueDate,
      status: p.status, latest_percent: null, progress_count: 0, version: e.aggregateVersion, logged_at: p.loggedAt, updated_at: p.loggedAt,
    });
    return timeline(e, p.commitmentId, { at: p.loggedAt, kind: 'logged', version: e.aggregateVersion, status: p.status });
  }
  const view = views.get(e.aggregateId);
  const have = view?.version ?? 0;
  if (e.aggregateVersion <= have) return 'skipped';
  if (!view || e.aggregateVersion !== have + 1) return { gap: `commitment ${e.aggregateId}: have version ${have}, received ${e.aggregateVersion}; an earlier event is missing` };
  view.version = e.aggregateVersion;
  if (e.type === 'CommitmentProgressReported') {
    const p = e.payload;
    Object.assign(view, { latest_percent: p.percent, progress_count: view.progress_count + 1, updated_at: p.reportedAt });
    const progress = { eventId: e.eventId, percent: p.percent, narrative: p.narrative, evidenceUrl: p.evidenceUrl, evidenceLevel: p.evidenceLevel, reportedAt: p.reportedAt, reportedBy: e.actor };
    return timeline(e, e.aggregateId, { at: p.reportedAt, kind: 'progress', version: e.aggregateVersion, progress });
  }
  const p = e.payload;
  Object.assign(view, { status: p.to, updated_at: p.changedAt });
  return timeline(e, e.aggregateId, { at: p.changedAt, kind: 'status', version: e.aggregateVersion, status: p.to, from: p.from, reason: p.reason });
}

function timeline(e: CommitmentEnvelope, commitmentId: string, entry: TimelineEntry): TimelineRow {
  return { event_id: e.eventId, commitment_id: commitmentId, aggregate_version: e.aggregateVersion, at: entry.at, kind: entry.kind, entry };
}
