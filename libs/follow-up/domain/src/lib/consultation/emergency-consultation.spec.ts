import { BusinessRuleViolation, Forbidden, ManualClock, NotFound } from '@accord/shared/kernel';
import { Recommendation } from '../recommendation.aggregate';
import { EmergencyConsultation } from './emergency-consultation.aggregate';

const clock = new ManualClock(new Date('2026-12-07T01:00:00Z'));
const bali = { organisationId: 'sec-bali-process', kind: 'secretariat' };
const plan = {
  alertId: '3f1c7f3e-2b4d-4c1e-9a57-0d1e2f3a4b5c',
  title: 'Emergency consultation: migrants stranded at sea',
  process: 'Bali Process',
  scheduledAt: '2026-12-08T03:00:00.000Z',
  invitedStateIds: ['state-bd', 'state-my', 'state-au'],
  agencyIds: ['agency-iom', 'agency-unhcr'],
};
const openAlert = { closed: false };
const decision = { title: 'Open disembarkation points', text: 'Members open two ports for disembarkation.', addresseeIds: ['state-my', 'agency-iom'], dueDate: '2026-12-21' };
const ids = { decisionId: 'd-1', recommendationId: 'r-1' };
const rule = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return e instanceof BusinessRuleViolation ? e.rule : e instanceof Forbidden ? 'Forbidden' : String(e);
  }
  return 'nothing was refused';
};
const convened = () => {
  const c = EmergencyConsultation.convene('c-1', bali, plan, openAlert, clock);
  c.markEventsCommitted();
  return c;
};

describe('EmergencyConsultation', () => {
  it('is convened by a secretariat on an alert with its invited member States', () => {
    const c = EmergencyConsultation.convene('c-1', bali, plan, openAlert, clock);
    expect(c.pendingEvents()).toEqual([
      { type: 'ConsultationConvened', data: expect.objectContaining({ consultationId: 'c-1', secretariatId: 'sec-bali-process', alertId: plan.alertId, invitedStateIds: plan.invitedStateIds }) },
    ]);
    expect(c.snapshot.status).toBe('convened');
  });

  it('is convened by secretariats only', () => {
    expect(rule(() => EmergencyConsultation.convene('c-2', { organisationId: 'state-bd', kind: 'state' }, plan, openAlert, clock))).toBe('Forbidden');
  });

  it('invites at least one State, each once, and none listed as an agency too', () => {
    expect(rule(() => EmergencyConsultation.convene('c-2', bali, { ...plan, invitedStateIds: [] }, openAlert, clock))).toBe('StatesMustBeInvited');
    expect(rule(() => EmergencyConsultation.convene('c-2', bali, { ...plan, invitedStateIds: ['state-bd', 'state-bd'] }, openAlert, clock))).toBe('StatesMustBeInvited');
    expect(rule(() => EmergencyConsultation.convene('c-2', bali, { ...plan, invitedStateIds: ['agency-iom'] }, openAlert, clock))).toBe('StatesMustBeInvited');
    expect(rule(() => EmergencyConsultation.convene('c-2', bali, { ...plan, scheduledAt: 'tomorrow' }, openAlert, clock))).toBe('ScheduleMustBeARealInstant');
  });

  it('is not convened on a closed alert, and says which field is at fault', () => {
    expect(rule(() => EmergencyConsultation.convene('c-2', bali, plan, { closed: true }, clock))).toBe('ConsultationNeedsAnOpenAlert');
    const refused = (() => {
      try {
        EmergencyConsultation.convene('c-2', bali, plan, { closed: true }, clock);
      } catch (e) {
        return e as BusinessRuleViolation;
      }
      return null;
    })();
    expect(refused?.field).toBe('alertId');
  });

  it('is convened only on an alert this context knows; a non-secretariat is refused before that', () => {
    expect(() => EmergencyConsultation.convene('c-2', bali, plan, null, clock)).toThrow(NotFound);
    expect(rule(() => EmergencyConsultation.convene('c-2', { organisationId: 'state-bd', kind: 'state' }, plan, null, clock))).toBe('Forbidden');
  });

  it('records attendance of invited States only, a later mark replacing an earlier one', () => {
    const c = convened();
    c.recordAttendance('sec-bali-process', [{ organisationId: 'state-bd', present: true }, { organisationId: 'state-my', present: false }]);
    c.recordAttendance('sec-bali-process', [{ organisationId: 'state-my', present: true }]);
    expect(c.snapshot.attendance).toEqual({ 'state-bd': true, 'state-my': true });
    expect(rule(() => c.recordAttendance('sec-bali-process', [{ organisationId: 'state-ca', present: true }]))).toBe('OnlyInvitedStatesAttend');
    expect(rule(() => c.recordAttendance('sec-bali-process', [{ organisationId: 'agency-iom', present: true }]))).toBe('OnlyInvitedStatesAttend');
  });

  it('lets only the convening secretariat record', () => {
    const c = convened();
    expect(rule(() => c.recordAttendance('sec-gfmd', [{ organisationId: 'state-bd', present: true }]))).toBe('Forbidden');
    expect(rule(() => c.recordDecision('state-bd', ids, decision))).toBe('Forbidden');
    expect(rule(() => c.close('sec-gfmd'))).toBe('Forbidden');
    expect(c.pendingEvents()).toEqual([]);
  });

  it('records a decision addressed to invited States or its agencies, due in the future', () => {
    const c = convened();
    const d = c.recordDecision('sec-bali-process', ids, decision);
    expect(d).toEqual(expect.objectContaining({ decisionId: 'd-1', recommendationId: 'r-1', dueDate: '2026-12-21' }));
    expect(c.pendingEvents()[0]).toEqual({
      type: 'ConsultationDecisionRecorded',
      data: expect.objectContaining({ consultationId: 'c-1', alertId: plan.alertId, recommendationId: 'r-1', addresseeIds: ['state-my', 'agency-iom'] }),
    });
    expect(rule(() => c.recordDecision('sec-bali-process', ids, { ...decision, addresseeIds: ['state-ca'] }))).toBe('AddresseesMustTakePart');
    expect(rule(() => c.recordDecision('sec-bali-process', ids, { ...decision, addresseeIds: ['agency-ilo'] }))).toBe('AddresseesMustTakePart');
    expect(rule(() => c.recordDecision('sec-bali-process', ids, { ...decision, addresseeIds: [] }))).toBe('AddresseesMustBeNamed');
    expect(rule(() => c.recordDecision('sec-bali-process', ids, { ...decision, dueDate: '2026-12-07' }))).toBe('DueDateMustBeInTheFuture');
    expect(rule(() => c.recordDecision('sec-bali-process', ids, { ...decision, dueDate: '2026-02-30' }))).toBe('DueDateMustBeInTheFuture');
  });

  it('gives its decision to a recommendation issued from it, carrying the consultation and alert', () => {
    const c = convened();
    const d = c.recordDecision('sec-bali-process', ids, decision);
    const r = Recommendation.issue(d.recommendationId, 'sec-bali-process', c.asMeeting(), decision, clock, { consultationId: c.id, alertId: plan.alertId });
    expect(r.pendingEvents()[0]).toEqual({
      type: 'RecommendationIssued',
      data: expect.objectContaining({ recommendationId: 'r-1', meeting: { meetingId: 'c-1', title: plan.title, process: 'Bali Process', date: '2026-12-08' }, consultation: { consultationId: 'c-1', alertId: plan.alertId } }),
    });
  });

  it('is closed once; nothing is recorded after', () => {
    const c = convened();
    c.recordDecision('sec-bali-process', ids, decision);
    c.close('sec-bali-process');
    expect(c.pendingEvents().at(-1)).toEqual({ type: 'ConsultationClosed', data: expect.objectContaining({ decisionCount: 1 }) });
    expect(rule(() => c.close('sec-bali-process'))).toBe('ConsultationMustBeOpen');
    expect(rule(() => c.recordAttendance('sec-bali-process', [{ organisationId: 'state-bd', present: true }]))).toBe('ConsultationMustBeOpen');
    expect(rule(() => c.recordDecision('sec-bali-process', ids, decision))).toBe('ConsultationMustBeOpen');
  });

  it('is visible to its secretariat, invited States and agencies, not to other States', () => {
    const c = convened();
    expect(c.isVisibleTo({ id: 'sec-bali-process', kind: 'secretariat' })).toBe(true);
    expect(c.isVisibleTo({ id: 'state-bd', kind: 'state' })).toBe(true);
    expect(c.isVisibleTo({ id: 'agency-ilo', kind: 'agency' })).toBe(true);
    expect(c.isVisibleTo({ id: 'state-ca', kind: 'state' })).toBe(false);
    expect(c.isVisibleTo({ id: 'sec-gfmd', kind: 'secretariat' })).toBe(false);
  });
});
