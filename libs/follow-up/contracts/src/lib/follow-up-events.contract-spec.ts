import { EventRegistry, newEnvelope } from '@accord/shared/contracts';
import { FOLLOW_UP_EVENT_SCHEMAS } from './follow-up-event-schemas';
import { CONSULTATION_STREAM, RECOMMENDATION_STREAM } from './follow-up-streams';

describe('follow-up contracts', () => {
  it('keeps the event schemas stable', () => {
    expect(FOLLOW_UP_EVENT_SCHEMAS).toMatchSnapshot();
  });

  const registry = new EventRegistry(FOLLOW_UP_EVENT_SCHEMAS);
  const id = '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11';
  const env = (type: string, payload: Record<string, unknown>) => newEnvelope({ type, version: 1, stream: RECOMMENDATION_STREAM, aggregateId: id, aggregateVersion: 2, payload });
  const responded = { recommendationId: id, addresseeId: 'state-bd', response: 'supports', reason: 'cabinet approved', revision: 1, respondedAt: '2026-11-28T10:00:00.000Z' };
  const overdue = { recommendationId: id, addresseeId: 'state-bd', dueDate: '2026-12-31', periodIndex: 0, daysOverdue: 1, raisedAt: '2027-01-01T00:00:00.000Z' };

  const issued = {
    recommendationId: id,
    secretariatId: 'sec-bali-process',
    meeting: { meetingId: id, title: 'Emergency consultation', process: 'Bali Process', date: '2026-12-08' },
    title: 'Open disembarkation points',
    text: 'Members open two ports.',
    addresseeIds: ['state-my'],
    dueDate: '2026-12-21',
    issuedAt: '2026-12-07T01:00:00.000Z',
  };
  const consultationEnv = (type: string, payload: Record<string, unknown>) => newEnvelope({ type, version: 1, stream: CONSULTATION_STREAM, aggregateId: id, aggregateVersion: 1, payload });
  const convened = {
    consultationId: id, secretariatId: 'sec-bali-process', alertId: id, title: 'Emergency consultation', process: 'Bali Process',
    scheduledAt: '2026-12-08T03:00:00.000Z', invitedStateIds: ['state-bd', 'state-my'], agencyIds: ['agency-iom'], convenedAt: '2026-12-07T01:00:00.000Z',
  };
  const decided = { consultationId: id, alertId: id, decisionId: id, recommendationId: id, title: 'Open disembarkation points', addresseeIds: ['state-my'], dueDate: '2026-12-21', recordedAt: '2026-12-07T01:00:00.000Z' };

  it('keeps a RecommendationIssued without a consultation valid, and accepts one with it', () => {
    expect(() => registry.validate(env('RecommendationIssued', issued))).not.toThrow();
    expect(() => registry.validate(env('RecommendationIssued', { ...issued, consultation: { consultationId: id, alertId: id } }))).not.toThrow();
    expect(() => registry.validate(env('RecommendationIssued', { ...issued, consultation: { consultationId: id } }))).toThrow(/invalid RecommendationIssued event/);
  });

  it('accepts the consultation events and refuses names or lists of people in them', () => {
    expect(() => registry.validate(consultationEnv('ConsultationConvened', convened))).not.toThrow();
    expect(() => registry.validate(consultationEnv('AttendanceRecorded', { consultationId: id, attendance: [{ organisationId: 'state-bd', present: true }], recordedAt: convened.convenedAt }))).not.toThrow();
    expect(() => registry.validate(consultationEnv('ConsultationDecisionRecorded', decided))).not.toThrow();
    expect(() => registry.validate(consultationEnv('ConsultationClosed', { consultationId: id, decisionCount: 1, closedAt: convened.convenedAt }))).not.toThrow();
    expect(() => registry.validate(consultationEnv('ConsultationConvened', { ...convened, invitedStateIds: [] }))).toThrow(/invalid ConsultationConvened event/);
    expect(() => registry.validate(consultationEnv('AttendanceRecorded', { consultationId: id, attendance: [{ organisationId: 'state-bd', present: true, delegate: 'A. Person' }], recordedAt: convened.convenedAt }))).toThrow(
      /invalid AttendanceRecorded event/,
    );
    expect(() => registry.validate(consultationEnv('ConsultationDecisionRecorded', { ...decided, dueDate: 'soon' }))).toThrow(/invalid ConsultationDecisionRecorded event/);
  });

  it('accepts valid payloads', () => {
    expect(() => registry.validate(env('RecommendationResponded', responded))).not.toThrow();
    expect(() => registry.validate(env('FollowUpOverdue', overdue))).not.toThrow();
  });

  it.each([
    ['RecommendationResponded', { ...responded, response: 'maybe' }],
    ['RecommendationResponded', { ...responded, reason: '' }],
    ['FollowUpOverdue', { ...overdue, periodIndex: -1 }],
    ['FollowUpOverdue', { ...overdue, addresseeEmail: 'someone@example.org' }],
  ])('rejects a bad %s', (type, payload) => {
    expect(() => registry.validate(env(type, payload))).toThrow(new RegExp(`invalid ${type} event`));
  });
});
