import { AggregateRoot, Clock, Forbidden } from '@accord/shared/kernel';
import { CommitmentEvent, OwnerSnapshot } from './commitment-events';
import { CommitmentStatus } from './commitment-status';
import { EvidenceLevel } from './evidence-level';
import { DueDateMustBeInTheFuture } from './rules/due-date-must-be-in-the-future.rule';
import { GcmObjectivesMustExist } from './rules/gcm-objectives-must-exist.rule';
import { OnlyTheOwnerMayChangeACommitment } from './rules/only-the-owner-may-change-a-commitment.rule';
import { PercentMustBeInRange } from './rules/percent-must-be-in-range.rule';
import { ProgressNeedsAnOpenCommitment } from './rules/progress-needs-an-open-commitment.rule';
import { SdgTargetsMustBeWellFormed } from './rules/sdg-targets-must-be-well-formed.rule';
import { StatusTransitionMustBeAllowed } from './rules/status-transition-must-be-allowed.rule';

export interface CommitmentTerms {
  title: string;
  description: string;
  gcmObjectives: number[];
  sdgTargets: string[];
  indicator: string;
  baseline: string;
  targetValue: string;
  dueDate: string;
}

export interface CommitmentState extends CommitmentTerms {
  owner: OwnerSnapshot;
  status: CommitmentStatus;
  latestPercent: number | null;
}

export interface ProgressReport {
  percent: number;
  narrative: string;
  evidenceUrl: string | null;
  evidenceLevel: EvidenceLevel;
}

/** A pledge by one organisation, with the progress it reports and its lifecycle. */
export class Commitment extends AggregateRoot<CommitmentEvent> {
  private constructor(id: string, version: number, private state: CommitmentState, private readonly clock: Clock) {
    super(id, version);
  }

  static log(id: string, owner: OwnerSnapshot, terms: CommitmentTerms, clock: Clock): Commitment {
    const c = new Commitment(id, 0, { ...terms, owner, status: 'pledged', latestPercent: null }, clock);
    c.checkRule(new GcmObjectivesMustExist(terms.gcmObjectives));
    c.checkRule(new SdgTargetsMustBeWellFormed(terms.sdgTargets));
    c.checkRule(new DueDateMustBeInTheFuture(terms.dueDate, clock.now()));
    c.record({
      type: 'CommitmentLogged',
      data: { commitmentId: id, owner, ...terms, status: 'pledged', loggedAt: clock.now().toISOString() },
    });
    return c;
  }

  static restore(id: string, version: number, state: CommitmentState, clock: Clock): Commitment {
    return new Commitment(id, version, state, clock);
  }

  get snapshot(): Readonly<CommitmentState> {
    return { ...this.state };
  }

  reportProgress(actingFor: string, report: ProgressReport): void {
    this.checkOwner(actingFor);
    this.checkRule(new ProgressNeedsAnOpenCommitment(this.state.status));
    this.checkRule(new PercentMustBeInRange(report.percent));
    const at = this.clock.now().toISOString();
    this.record({ type: 'CommitmentProgressReported', data: { commitmentId: this.id, ...report, reportedAt: at } });
    this.state = { ...this.state, latestPercent: report.percent };
    if (this.state.status === 'pledged') this.moveTo('in_progress', 'first progress report');
  }

  changeStatus(actingFor: string, to: CommitmentStatus, reason: string | null): void {
    this.checkOwner(actingFor);
    this.checkRule(new StatusTransitionMustBeAllowed(this.state.status, to));
    this.moveTo(to, reason);
  }

  private moveTo(to: CommitmentStatus, reason: string | null): void {
    const from = this.state.status;
    this.record({ type: 'CommitmentStatusChanged', data: { commitmentId: this.id, from, to, reason, changedAt: this.clock.now().toISOString() } });
    this.state = { ...this.state, status: to };
  }

  private checkOwner(actingFor: string): void {
    const rule = new OnlyTheOwnerMayChangeACommitment(this.state.owner.organisationId, actingFor);
    if (rule.isBroken()) throw new Forbidden(rule.message);
  }
}
