import { AggregateRoot, BusinessRule, Clock, Forbidden } from '@accord/shared/kernel';
import { AddresseeFollowUp, NOT_YET_FOLLOWED_UP } from './addressee-follow-up';
import { FollowUpResponse } from './follow-up-response';
import { MeetingState } from './meeting.aggregate';
import { daysOverdue } from './overdue-schedule';
import { RecommendationEvent } from './recommendation-events';
import { ConsultationOrigin, FollowUpReport, IssuedFrom, RecommendationTerms } from './recommendation-terms';
import { ANewResponseMustChangeTheAnswer } from './rules/a-new-response-must-change-the-answer.rule';
import { AddresseesMustBeNamed } from './rules/addressees-must-be-named.rule';
import { DueDateMustBeInTheFuture } from './rules/due-date-must-be-in-the-future.rule';
import { OneReminderPerPeriod } from './rules/one-reminder-per-period.rule';
import { OnlyAnAddresseeFollowsUp } from './rules/only-an-addressee-follows-up.rule';
import { OnlyTheMeetingsSecretariatIssues } from './rules/only-the-meetings-secretariat-issues.rule';
import { OverdueNeedsAMissingReport } from './rules/overdue-needs-a-missing-report.rule';

export interface RecommendationState extends RecommendationTerms {
  secretariatId: string;
  meeting: IssuedFrom;
  followUp: Record<string, AddresseeFollowUp>;
  /** Absent on recommendations from ordinary meetings (and on every one stored before consultations existed). */
  consultation?: ConsultationOrigin;
}

/** A recommendation of a process, addressed to named organisations, and how each follows it up. */
export class Recommendation extends AggregateRoot<RecommendationEvent> {
  private constructor(id: string, version: number, private state: RecommendationState, private readonly clock: Clock) {
    super(id, version);
  }

  static issue(
    id: string,
    actingFor: string,
    meeting: MeetingState & { id: string },
    terms: RecommendationTerms,
    clock: Clock,
    consultation?: ConsultationOrigin,
  ): Recommendation {
    const from: IssuedFrom = { meetingId: meeting.id, title: meeting.title, process: meeting.process, date: meeting.date };
    const followUp = Object.fromEntries(terms.addresseeIds.map((a) => [a, { ...NOT_YET_FOLLOWED_UP }]));
    const origin = consultation ? { consultation: { ...consultation } } : {};
    const r = new Recommendation(id, 0, { ...terms, secretariatId: actingFor, meeting: from, followUp, ...origin }, clock);
    r.authorise(new OnlyTheMeetingsSecretariatIssues(meeting.secretariatId, actingFor));
    r.checkRule(new AddresseesMustBeNamed(terms.addresseeIds));
    r.checkRule(new DueDateMustBeInTheFuture(terms.dueDate, clock.now()));
    r.record({ type: 'RecommendationIssued', data: { recommendationId: id, secretariatId: actingFor, meeting: from, ...terms, issuedAt: clock.now().toISOString(), ...origin } });
    return r;
  }

  static restore(id: string, version: number, state: RecommendationState, clock: Clock): Recommendation {
    return new Recommendation(id, version, state, clock);
  }

  get snapshot(): Readonly<RecommendationState> {
    return { ...this.state };
  }

  respond(actingFor: string, response: FollowUpResponse, reason: string): void {
    const current = this.addressee(actingFor);
    this.checkRule(new ANewResponseMustChangeTheAnswer(current.response, response));
    const revision = current.responseRevision + 1;
    const respondedAt = this.clock.now().toISOString();
    this.record({ type: 'RecommendationResponded', data: { recommendationId: this.id, addresseeId: actingFor, response, reason, revision, respondedAt } });
    this.update(actingFor, { response, responseRevision: revision });
  }

  reportFollowUp(actingFor: string, report: FollowUpReport): void {
    const current = this.addressee(actingFor);
    const now = this.clock.now();
    const onTime = now.toISOString().slice(0, 10) <= this.state.dueDate;
    this.record({ type: 'FollowUpReported', data: { recommendationId: this.id, addresseeId: actingFor, ...report, onTime, reportedAt: now.toISOString() } });
    this.update(actingFor, { reportCount: current.reportCount + 1, firstReportAt: current.firstReportAt ?? now.toISOString() });
  }

  /** Raised by the platform's scheduler, never by a person. */
  raiseOverdue(addresseeId: string, periodIndex: number): void {
    const current = this.addressee(addresseeId);
    const now = this.clock.now();
    const days = daysOverdue(this.state.dueDate, now);
    this.checkRule(new OverdueNeedsAMissingReport(current.firstReportAt !== null, days));
    this.checkRule(new OneReminderPerPeriod(current.lastReminderPeriod, periodIndex));
    const data = { recommendationId: this.id, addresseeId, dueDate: this.state.dueDate, periodIndex, daysOverdue: days, raisedAt: now.toISOString() };
    this.record({ type: 'FollowUpOverdue', data });
    this.update(addresseeId, { lastReminderPeriod: periodIndex });
  }

  private addressee(organisationId: string): AddresseeFollowUp {
    this.authorise(new OnlyAnAddresseeFollowsUp(this.state.addresseeIds, organisationId));
    return this.state.followUp[organisationId] ?? { ...NOT_YET_FOLLOWED_UP };
  }

  private update(organisationId: string, change: Partial<AddresseeFollowUp>): void {
    const followUp = { ...this.state.followUp, [organisationId]: { ...this.addressee(organisationId), ...change } };
    this.state = { ...this.state, followUp };
  }

  private authorise(rule: BusinessRule): void {
    if (rule.isBroken()) throw new Forbidden(rule.message);
  }
}
