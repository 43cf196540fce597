import { AggregateRoot, BusinessRule, Clock, Forbidden, NotFound } from '@accord/shared/kernel';
import { MeetingState } from '../meeting.aggregate';
import { RecommendationTerms } from '../recommendation-terms';
import { AddresseesMustBeNamed } from '../rules/addressees-must-be-named.rule';
import { AddresseesMustTakePart } from '../rules/addressees-must-take-part.rule';
import { ConsultationMustBeOpen } from '../rules/consultation-must-be-open.rule';
import { ConsultationNeedsAnOpenAlert } from '../rules/consultation-needs-an-open-alert.rule';
import { DueDateMustBeInTheFuture } from '../rules/due-date-must-be-in-the-future.rule';
import { OnlyInvitedStatesAttend } from '../rules/only-invited-states-attend.rule';
import { OnlySecretariatsConvene } from '../rules/only-secretariats-convene.rule';
import { OnlyTheConveningSecretariatRecords } from '../rules/only-the-convening-secretariat-records.rule';
import { ScheduleMustBeARealInstant } from '../rules/schedule-must-be-a-real-instant.rule';
import { StatesMustBeInvited } from '../rules/states-must-be-invited.rule';
import { ConsultationEvent } from './consultation-events';
import { AttendanceMark, ConsultationDecision, ConsultationPlan, ConsultationState } from './consultation-terms';

export interface DecisionIds {
  decisionId: string;
  recommendationId: string;
}

/**
 * A regional emergency consultation (the Bali Process mechanism): a secretariat convenes its member
 * States on a crisis alert, records who attended and what was decided; every decision becomes a
 * recommendation followed up like any other.
 */
export class EmergencyConsultation extends AggregateRoot<ConsultationEvent> {
  private constructor(id: string, version: number, private state: ConsultationState, private readonly clock: Clock) {
    super(id, version);
  }

  /** `alert`: the crisis alert as this context knows it from the crisis alert stream; null when it does not (yet). */
  static convene(id: string, secretariat: { organisationId: string; kind: string }, plan: ConsultationPlan, alert: { closed: boolean } | null, clock: Clock): EmergencyConsultation {
    const convenedAt = clock.now().toISOString();
    const state: ConsultationState = { ...plan, secretariatId: secretariat.organisationId, status: 'convened', attendance: {}, decisions: [], convenedAt, closedAt: null };
    const c = new EmergencyConsultation(id, 0, state, clock);
    c.authorise(new OnlySecretariatsConvene(secretariat.kind));
    if (!alert) throw new NotFound('crisis alert', plan.alertId);
    c.checkRule(new ConsultationNeedsAnOpenAlert(alert.closed));
    c.checkRule(new StatesMustBeInvited(plan.invitedStateIds, plan.agencyIds));
    c.checkRule(new ScheduleMustBeARealInstant(plan.scheduledAt));
    c.record({ type: 'ConsultationConvened', data: { consultationId: id, secretariatId: secretariat.organisationId, ...plan, convenedAt } });
    return c;
  }

  static restore(id: string, version: number, state: ConsultationState, clock: Clock): EmergencyConsultation {
    return new EmergencyConsultation(id, version, state, clock);
  }

  get snapshot(): Readonly<ConsultationState> {
    return { ...this.state };
  }

  /** Who may read it: the convening secretariat, the invited States, and agencies. */
  isVisibleTo(organisation: { id: string; kind: string }): boolean {
    return organisation.id === this.state.secretariatId || this.state.invitedStateIds.includes(organisation.id) || organisation.kind === 'agency';
  }

  /** The consultation as the "meeting" its recommendations are issued from. */
  asMeeting(): MeetingState & { id: string } {
    const s = this.state;
    return { id: this.id, title: s.title, process: s.process, date: s.scheduledAt.slice(0, 10), secretariatId: s.secretariatId };
  }

  recordAttendance(actingFor: string, marks: AttendanceMark[]): void {
    this.mustBeRecordable(actingFor);
    this.checkRule(new OnlyInvitedStatesAttend(this.state.invitedStateIds, marks.map((m) => m.organisationId)));
    this.record({ type: 'AttendanceRecorded', data: { consultationId: this.id, attendance: marks.map((m) => ({ ...m })), recordedAt: this.clock.now().toISOString() } });
    const attendance = { ...this.state.attendance, ...Object.fromEntries(marks.map((m) => [m.organisationId, m.present])) };
    this.state = { ...this.state, attendance };
  }

  /** Returns the decision; the caller issues its recommendation (same ids) in the same transaction. */
  recordDecision(actingFor: string, ids: DecisionIds, terms: RecommendationTerms): ConsultationDecision {
    this.mustBeRecordable(actingFor);
    this.checkRule(new AddresseesMustBeNamed(terms.addresseeIds));
    this.checkRule(new AddresseesMustTakePart([...this.state.invitedStateIds, ...this.state.agencyIds], terms.addresseeIds));
    this.checkRule(new DueDateMustBeInTheFuture(terms.dueDate, this.clock.now()));
    const decision: ConsultationDecision = { ...ids, ...terms, addresseeIds: [...terms.addresseeIds], recordedAt: this.clock.now().toISOString() };
    const { decisionId, recommendationId, title, addresseeIds, dueDate, recordedAt } = decision;
    const data = { consultationId: this.id, alertId: this.state.alertId, decisionId, recommendationId, title, addresseeIds, dueDate, recordedAt };
    this.record({ type: 'ConsultationDecisionRecorded', data });
    this.state = { ...this.state, decisions: [...this.state.decisions, decision] };
    return decision;
  }

  close(actingFor: string): void {
    this.mustBeRecordable(actingFor);
    const closedAt = this.clock.now().toISOString();
    this.record({ type: 'ConsultationClosed', data: { consultationId: this.id, decisionCount: this.state.decisions.length, closedAt } });
    this.state = { ...this.state, status: 'closed', closedAt };
  }

  private mustBeRecordable(actingFor: string): void {
    this.authorise(new OnlyTheConveningSecretariatRecords(this.state.secretariatId, actingFor));
    this.checkRule(new ConsultationMustBeOpen(this.state.status === 'closed'));
  }

  private authorise(rule: BusinessRule): void {
    if (rule.isBroken()) throw new Forbidden(rule.message);
  }
}
