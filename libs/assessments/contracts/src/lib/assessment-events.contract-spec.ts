import { EventRegistry, newEnvelope } from '@accord/shared/contracts';
import { ASSESSMENT_EVENT_SCHEMAS } from './assessment-event-schemas';
import { ASSESSMENT_STREAM } from './assessment-stream';

describe('assessments contracts', () => {
  it('keeps the event schemas stable', () => {
    expect(ASSESSMENT_EVENT_SCHEMAS).toMatchSnapshot();
  });

  const registry = new EventRegistry(ASSESSMENT_EVENT_SCHEMAS);
  const id = '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11';
  const valid = {
    assessmentId: id,
    commitmentId: id,
    commitmentOwnerId: 'state-bd',
    assessor: { organisationId: 'cso-mfa', name: 'Migrant Forum in Asia', kind: 'cso' },
    rating: 'off_track',
    narrative: 'Brokers still charge',
    evidenceUrls: ['https://example.org/r'],
    contestedStatus: 'stalled',
    publishedAt: '2026-11-28T10:00:00.000Z',
  };
  const published = (payload: Record<string, unknown>) =>
    newEnvelope({ type: 'AssessmentPublished', version: 1, stream: ASSESSMENT_STREAM, aggregateId: id, aggregateVersion: 1, payload });

  it('accepts a valid payload, with or without a contested status', () => {
    expect(() => registry.validate(published(valid))).not.toThrow();
    expect(() => registry.validate(published({ ...valid, contestedStatus: null }))).not.toThrow();
  });

  it.each([
    ['rating', { ...valid, rating: 'excellent' }],
    ['assessor kind', { ...valid, assessor: { ...valid.assessor, kind: 'state' } }],
    ['an unknown field', { ...valid, authorEmail: 'someone@example.org' }],
  ])('rejects a bad %s', (_what, payload) => {
    expect(() => registry.validate(published(payload))).toThrow(/invalid AssessmentPublished event/);
  });
});
