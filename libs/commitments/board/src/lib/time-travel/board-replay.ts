import { AssessmentPublishedV1, AssessmentRepliedV1 } from '@accord/assessments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { CommitmentView, TimelineEntry } from '@accord/commitments/contracts/views';
import { toCommitmentView } from '../persistence/commitment-view.row';
import { CommitmentEnvelope, foldEvent, ViewRow } from '../projection/board-fold';

const COMMITMENT_TYPES = new Set([
  'CommitmentLogged', 'CommitmentProgressReported', 'CommitmentStatusChanged',
  'CommitmentCoOwnerAdded', 'CommitmentShareProgressReported', 'CommitmentShareStatusChanged',
]);

/** The board as the events in `log` (in log order) make it: the live projections' rules, in memory. */
export class BoardReplay {
  private readonly views = new Map<string, ViewRow>();
  private readonly timelines = new Map<string, TimelineEntry[]>();
  /** assessmentId → commitmentId of a contested assessment the owner has not replied to. */
  private readonly openDisputes = new Map<string, string>();

  constructor(log: readonly EventEnvelope[]) {
    for (const e of log) this.apply(e);
  }

  allViews(): CommitmentView[] {
    return [...this.views.values()].map((row) => this.toView(row));
  }

  detail(id: string): (CommitmentView & { timeline: TimelineEntry[] }) | null {
    const row = this.views.get(id);
    return row ? { ...this.toView(row), timeline: this.timelines.get(id) ?? [] } : null;
  }

  private apply(e: EventEnvelope): void {
    if (COMMITMENT_TYPES.has(e.type)) {
      // A gap (an earlier event stamped later by another clock) leaves the rest of that commitment out.
      const outcome = foldEvent(this.views, e as CommitmentEnvelope);
      if (typeof outcome === 'object' && 'entry' in outcome) this.timelines.set(e.aggregateId, [...(this.timelines.get(e.aggregateId) ?? []), outcome.entry]);
    } else if (e.type === 'AssessmentPublished') {
      const p = (e as AssessmentPublishedV1).payload;
      if (p.contestedStatus) this.openDisputes.set(p.assessmentId, p.commitmentId);
    } else if (e.type === 'AssessmentReplied') {
      this.openDisputes.delete((e as AssessmentRepliedV1).payload.assessmentId);
    }
  }

  private toView(row: ViewRow): CommitmentView {
    const disputed = [...this.openDisputes.values()].includes(row.id);
    return toCommitmentView({ ...row, logged_at: new Date(row.logged_at), updated_at: new Date(row.updated_at), disputed });
  }
}
