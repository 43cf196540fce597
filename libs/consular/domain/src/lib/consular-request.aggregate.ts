import { AggregateRoot, Clock, Forbidden } from '@accord/shared/kernel';
import { ConsularRequestEvent } from './consular-events';
import { Assignee, CaseStatus, CaseUpdateStatus, ConsularService, DeclineReason, RequestCloseReason, RequestStatus } from './consular-terms';
import { ALastResortAgencyCannotDecline } from './rules/a-last-resort-agency-cannot-decline.rule';
import { AnswerMustBeOverdue } from './rules/answer-must-be-overdue.rule';
import { CasesAreUpdatedAfterAcceptance } from './rules/cases-are-updated-after-acceptance.rule';
import { OnlyPartiesMayClose } from './rules/only-parties-may-close.rule';
import { OnlyStatesActConsularly } from './rules/only-states-act-consularly.rule';
import { OnlyTheAssigneeMayAnswer } from './rules/only-the-assignee-may-answer.rule';
import { RequestMustBeAwaitingAnAnswer } from './rules/request-must-be-awaiting-an-answer.rule';
import { RequestMustBeOpen } from './rules/request-must-be-open.rule';
import { RequestNeedsNationals } from './rules/request-needs-nationals.rule';
import { RetentionMustHavePassed } from './rules/retention-must-have-passed.rule';

export interface RequestTerms {
  country: string;
  alertId: string | null;
  nationalsCount: number;
  services: ConsularService[];
  caseIds: string[];
}

export interface ConsularRequestState extends Omit<RequestTerms, 'caseIds'> {
  requester: string;
  status: RequestStatus;
  assignee: Assignee | null;
  /** Partners already asked, in order: never asked twice. */
  tried: string[];
  answerDueAt: string | null;
  cases: { caseId: string; status: CaseStatus }[];
  declineNotes: string[];
  closedAt: string | null;
  purgedAt: string | null;
}

/** Where the request may go next: eligible partners (best first) and the agency of last resort. */
export interface RoutingOptions {
  candidates: readonly string[];
  fallbackAgency: string;
  answerWindowMs: number;
}

/**
 * A State's request for consular help for its nationals in a crisis country, routed to partner
 * States and, failing them, to an agency. Holds case ids and statuses only: the people's data lives
 * encrypted beside it and never passes through here.
 */
export class ConsularRequest extends AggregateRoot<ConsularRequestEvent> {
  private constructor(id: string, version: number, private state: ConsularRequestState, private readonly clock: Clock) {
    super(id, version);
  }

  static raise(id: string, requester: { organisationId: string; kind: string }, terms: RequestTerms, routing: RoutingOptions, clock: Clock): ConsularRequest {
    const { caseIds, ...rest } = terms;
    const state: ConsularRequestState = {
      ...rest, requester: requester.organisationId, status: 'routed', assignee: null, tried: [], answerDueAt: null,
      cases: caseIds.map((caseId) => ({ caseId, status: 'open' })), declineNotes: [], closedAt: null, purgedAt: null,
    };
    const request = new ConsularRequest(id, 0, state, clock);
    request.checkRule(new OnlyStatesActConsularly(requester.kind));
    request.checkRule(new RequestNeedsNationals(terms.nationalsCount, caseIds.length, terms.services.length));
    request.record({ type: 'ConsularRequestRaised', data: { requestId: id, requesterOrganisationId: requester.organisationId, ...terms, raisedAt: clock.now().toISOString() } });
    request.routeNext(routing, null, 'no_eligible_partner');
    return request;
  }

  static restore(id: string, version: number, state: ConsularRequestState, clock: Clock): ConsularRequest {
    return new ConsularRequest(id, version, state, clock);
  }

  get snapshot(): Readonly<ConsularRequestState> {
    return { ...this.state };
  }

  /** The two parties who may see the people's data: the requester and whoever handles the request. */
  isParty(organisationId: string): boolean {
    return organisationId === this.state.requester || organisationId === this.state.assignee?.organisationId;
  }

  accept(actingFor: string): void {
    this.checkAssignee(actingFor);
    this.checkRule(new RequestMustBeAwaitingAnAnswer(this.state.status));
    this.record({ type: 'ConsularRequestAccepted', data: { requestId: this.id, byOrganisationId: actingFor, acceptedAt: this.now() } });
    this.state = { ...this.state, status: 'accepted', answerDueAt: null };
  }

  decline(actingFor: string, reason: DeclineReason, note: string | null, routing: RoutingOptions): void {
    this.checkAssignee(actingFor);
    this.checkRule(new RequestMustBeAwaitingAnAnswer(this.state.status));
    this.checkRule(new ALastResortAgencyCannotDecline(this.state.assignee?.kind ?? 'state'));
    this.record({ type: 'ConsularRequestDeclined', data: { requestId: this.id, byOrganisationId: actingFor, reason, declinedAt: this.now() } });
    this.state = { ...this.state, declineNotes: note ? [...this.state.declineNotes, note] : this.state.declineNotes };
    this.routeNext(routing, actingFor, 'declined');
  }

  /** Called by the deadline scheduler: the partner did not answer in time. */
  escalateOverdue(routing: RoutingOptions): void {
    this.checkRule(new AnswerMustBeOverdue(this.state.status, this.state.answerDueAt, this.clock.now()));
    this.escalate(routing, this.state.assignee?.organisationId ?? null, 'deadline');
  }

  updateCase(actingFor: string, caseId: string, status: CaseUpdateStatus): void {
    this.checkAssignee(actingFor);
    const current = this.state.cases.find((c) => c.caseId === caseId);
    this.checkRule(new CasesAreUpdatedAfterAcceptance(this.state.status, current?.status));
    this.record({ type: 'ConsularCaseUpdated', data: { requestId: this.id, caseId, status, byOrganisationId: actingFor, updatedAt: this.now() } });
    this.state = { ...this.state, cases: this.state.cases.map((c) => (c.caseId === caseId ? { caseId, status } : c)) };
  }

  close(actingFor: string, reason: RequestCloseReason): void {
    this.checkRule(new RequestMustBeOpen(this.state.status));
    const rule = new OnlyPartiesMayClose([this.state.requester, this.state.assignee?.organisationId ?? null], actingFor);
    if (rule.isBroken()) throw new Forbidden(rule.message);
    const at = this.now();
    this.record({ type: 'ConsularRequestClosed', data: { requestId: this.id, byOrganisationId: actingFor, reason, closedAt: at } });
    this.state = { ...this.state, status: 'closed', answerDueAt: null, closedAt: at };
  }

  /** Records that the people's data was erased; the caller erases it in the same transaction. */
  markCaseDataPurged(retentionMs: number): void {
    this.checkRule(new RetentionMustHavePassed(this.state.closedAt, retentionMs, this.clock.now()));
    if (this.state.purgedAt) return;
    const at = this.now();
    this.record({ type: 'ConsularCaseDataPurged', data: { requestId: this.id, caseCount: this.state.cases.length, purgedAt: at } });
    this.state = { ...this.state, purgedAt: at };
  }

  private routeNext(routing: RoutingOptions, from: string | null, reasonIfNone: 'declined' | 'no_eligible_partner'): void {
    const next = routing.candidates.find((c) => c !== this.state.requester && !this.state.tried.includes(c));
    if (!next) return this.escalate(routing, from, reasonIfNone);
    const dueAt = new Date(this.clock.now().getTime() + routing.answerWindowMs).toISOString();
    const tried = [...this.state.tried, next];
    this.record({ type: 'ConsularRequestRouted', data: { requestId: this.id, partnerOrganisationId: next, attempt: tried.length, answerDueAt: dueAt, routedAt: this.now() } });
    this.state = { ...this.state, status: 'routed', assignee: { organisationId: next, kind: 'state' }, tried, answerDueAt: dueAt };
  }

  private escalate(routing: RoutingOptions, from: string | null, reason: 'deadline' | 'declined' | 'no_eligible_partner'): void {
    const next = routing.candidates.find((c) => c !== this.state.requester && !this.state.tried.includes(c));
    const assignee: Assignee = next ? { organisationId: next, kind: 'state' } : { organisationId: routing.fallbackAgency, kind: 'agency' };
    const dueAt = next ? new Date(this.clock.now().getTime() + routing.answerWindowMs).toISOString() : null;
    this.record({
      type: 'ConsularRequestEscalated',
      data: { requestId: this.id, fromOrganisationId: from, toOrganisationId: assignee.organisationId, toKind: assignee.kind, reason, answerDueAt: dueAt, escalatedAt: this.now() },
    });
    this.state = { ...this.state, status: 'routed', assignee, tried: next ? [...this.state.tried, next] : this.state.tried, answerDueAt: dueAt };
  }

  private checkAssignee(actingFor: string): void {
    const rule = new OnlyTheAssigneeMayAnswer(this.state.assignee?.organisationId ?? null, actingFor);
    if (rule.isBroken()) throw new Forbidden(rule.message);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
