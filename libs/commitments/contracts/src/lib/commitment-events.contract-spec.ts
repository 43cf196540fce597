import { EventRegistry, newEnvelope } from '@accord/shared/contracts';
import { COMMITMENT_EVENT_SCHEMAS } from './commitment-event-schemas';
import { COMMITMENT_STREAM } from './commitment-stream';

// The published language of the commitments context: a change here breaks consumers in other services.
describe('commitments contracts', () => {
  it('keeps the event schemas stable', () => {
    expect(COMMITMENT_EVENT_SCHEMAS).toMatchSnapshot();
  });

  const registry = new EventRegistry(COMMITMENT_EVENT_SCHEMAS);
  const progress = (payload: Record<string, unknown>) =>
    newEnvelope({ type: 'CommitmentProgressReported', version: 1, stream: COMMITMENT_STREAM, aggregateId: payload['commitmentId'] as string, aggregateVersion: 2, payload });
  const valid = { commitmentId: '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11', percent: 40, narrative: 'ok', evidenceUrl: null, evidenceLevel: 'good_practice', reportedAt: '2026-11-28T10:00:00.000Z' };

  it('accepts a valid payload', () => {
    expect(() => registry.validate(progress(valid))).not.toThrow();
  });

  it.each([
    ['percent', { ...valid, percent: 140 }],
    ['evidenceLevel', { ...valid, evidenceLevel: 'best' }],
    ['an unknown field', { ...valid, passportNumber: 'X1234567' }],
  ])('rejects a payload with a bad %s', (_what, payload) => {
    expect(() => registry.validate(progress(payload))).toThrow(/invalid CommitmentProgressReported event/);
  });

  it('a joint owner\'s share report names the organisation and validates both percents', () => {
    const share = { ...valid, organisationId: 'state-my', consolidatedPercent: null };
    const envelope = (payload: Record<string, unknown>) =>
      newEnvelope({ type: 'CommitmentShareProgressReported', version: 1, stream: COMMITMENT_STREAM, aggregateId: valid.commitmentId, aggregateVersion: 3, payload });
    expect(() => registry.validate(envelope(share))).not.toThrow();
    expect(() => registry.validate(envelope({ ...share, consolidatedPercent: 101 }))).toThrow(/invalid CommitmentShareProgressReported event/);
    expect(() => registry.validate(envelope({ ...valid, consolidatedPercent: 10 }))).toThrow(/invalid CommitmentShareProgressReported event/);
  });
});
