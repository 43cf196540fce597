import { AggregateRoot, Clock, Forbidden } from '@accord/shared/kernel';
import { CommitmentEvent, OwnerSnapshot } from './commitment-events';
import { CommitmentStatus } from './commitment-status';
import { consolidatedPercent, consolidatedStatus, OwnerShare } from './consolidated-status';
import { EvidenceLevel } from './evidence-level';
import { ACoOwnerMustBeNew } from './rules/a-co-owner-must-be-new.rule';
import { CoOwnersJoinAnOpenCommitment } from './rules/co-owners-join-an-open-commitment.rule';
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
  /** The organisation that logged the commitment (the lead owner). */
  owner: OwnerSnapshot;
  /** Consolidated from the shares. */
  status: CommitmentStatus;
  latestPercent: number | null;
  /** Absent in rows stored before joint commitments: restore() fills them in. */
  coOwners?: OwnerSnapshot[];
  shares?: OwnerShare[];
}

export interface ProgressReport {
  percent: number;
  narrative: string;
  evidenceUrl: string | null;
  evidenceLevel: EvidenceLevel;
}

/**
 * A pledge by one organisation or several (a joint commitment). Each owner reports its own share;
 * the commitment's status and percent are consolidated from the shares (see consolidatedStatus).
 * A single-owner commitment records the same events it always did (CommitmentProgressReported,
 * CommitmentStatusChanged); the per-share events appear only once a commitment has co-owners.
 */
export class Commitment extends AggregateRoot<CommitmentEvent> {
  private constructor(id: string, version: number, private state: Required<CommitmentState>, private readonly clock: Clock) {
    super(id, version);
  }

  static log(id: string, owner: OwnerSnapshot, terms: CommitmentTerms, clock: Clock, coOwners: readonly OwnerSnapshot[] = []): Commitment {
    const shares = [{ organisationId: owner.organisationId, status: 'pledged' as const, percent: null }];
    const c = new Commitment(id, 0, { ...terms, owner, status: 'pledged', latestPercent: null, coOwners: [], shares }, clock);
    c.checkRule(new GcmObjectivesMustExist(terms.gcmObjectives));
    c.checkRule(new SdgTargetsMustBeWellFormed(terms.sdgTargets));
    c.checkRule(new DueDateMustBeInTheFuture(terms.dueDate, clock.now()));
    c.record({
      type: 'CommitmentLogged',
      data: { commitmentId: id, owner, ...terms, status: 'pledged', loggedAt: clock.now().toISOString() },
    });
    for (const coOwner of coOwners) c.addCoOwner(owner.organisationId, coOwner);
    return c;
  }

  static restore(id: string, version: number, state: CommitmentState, clock: Clock): Commitment {
    const shares = state.shares ?? [{ organisationId: state.owner.organisationId, status: state.status, percent: state.latestPercent }];
    return new Commitment(id, version, { ...state, coOwners: state.coOwners ?? [], shares }, clock);
  }

  get snapshot(): Readonly<Required<CommitmentState>> {
    return { ...this.state, coOwners: [...this.state.coOwners], shares: this.state.shares.map((s) => ({ ...s })) };
  }

  get ownerIds(): string[] {
    return this.state.shares.map((s) => s.organisationId);
  }

  get isJoint(): boolean {
    return this.state.shares.length > 1;
  }

  addCoOwner(actingFor: string, coOwner: OwnerSnapshot): void {
    this.checkOwner(actingFor);
    this.checkRule(new CoOwnersJoinAnOpenCommitment(this.state.status));
    this.checkRule(new ACoOwnerMustBeNew(this.ownerIds, coOwner.organisationId));
    this.record({ type: 'CommitmentCoOwnerAdded', data: { commitmentId: this.id, coOwner, addedBy: actingFor, addedAt: this.now() } });
    const share: OwnerShare = { organisationId: coOwner.organisationId, status: 'pledged', percent: null };
    this.state = { ...this.state, coOwners: [...this.state.coOwners, coOwner], shares: [...this.state.shares, share] };
    this.consolidate('a co-owner joined');
  }

  /** The acting organisation reports on its own share. */
  reportProgress(actingFor: string, report: ProgressReport): void {
    this.checkOwner(actingFor);
    const share = this.shareOf(actingFor);
    this.checkRule(new ProgressNeedsAnOpenCommitment(share.status));
    this.checkRule(new PercentMustBeInRange(report.percent));
    this.updateShare(actingFor, { percent: report.percent });
    const percent = consolidatedPercent(this.state.shares);
    if (this.isJoint) {
      const data = { commitmentId: this.id, organisationId: actingFor, ...report, consolidatedPercent: percent, reportedAt: this.now() };
      this.record({ type: 'CommitmentShareProgressReported', data });
    } else {
      this.record({ type: 'CommitmentProgressReported', data: { commitmentId: this.id, ...report, reportedAt: this.now() } });
    }
    this.state = { ...this.state, latestPercent: percent };
    if (share.status === 'pledged') this.moveShare(actingFor, 'in_progress', 'first progress report');
  }

  /** The acting organisation changes the status of its own share; the commitment's status follows. */
  changeStatus(actingFor: string, to: CommitmentStatus, reason: string | null): void {
    this.checkOwner(actingFor);
    this.checkRule(new StatusTransitionMustBeAllowed(this.shareOf(actingFor).status, to));
    this.moveShare(actingFor, to, reason);
  }

  private moveShare(organisationId: string, to: CommitmentStatus, reason: string | null): void {
    const from = this.shareOf(organisationId).status;
    if (this.isJoint) {
      this.record({ type: 'CommitmentShareStatusChanged', data: { commitmentId: this.id, organisationId, from, to, reason, changedAt: this.now() } });
    }
    this.updateShare(organisationId, { status: to });
    this.state = { ...this.state, latestPercent: consolidatedPercent(this.state.shares) };
    this.consolidate(reason);
  }

  private consolidate(reason: string | null): void {
    const from = this.state.status;
    const to = consolidatedStatus(this.state.shares);
    if (to === from) return;
    this.record({ type: 'CommitmentStatusChanged', data: { commitmentId: this.id, from, to, reason, changedAt: this.now() } });
    this.state = { ...this.state, status: to };
  }

  private updateShare(organisationId: string, change: Partial<OwnerShare>): void {
    this.state = { ...this.state, shares: this.state.shares.map((s) => (s.organisationId === organisationId ? { ...s, ...change } : s)) };
  }

  private shareOf(organisationId: string): OwnerShare {
    return this.state.shares.find((s) => s.organisationId === organisationId) as OwnerShare;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private checkOwner(actingFor: string): void {
    const rule = new OnlyTheOwnerMayChangeACommitment(this.ownerIds, actingFor);
    if (rule.isBroken()) throw new Forbidden(rule.message);
  }
}
