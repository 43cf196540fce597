import { newEnvelope } from '@accord/shared/contracts';
import { ScorecardReplay } from './scorecard-replay';

const rec = 'a0000000-0000-4000-8000-000000000001';
const meeting = { meetingId: 'a0000000-0000-4000-8000-000000000002', title: 'SOM', process: 'Bali Process', date: '2026-11-01' };
const event = (type: string, aggregateVersion: number, payload: object) =>
  newEnvelope({ type, version: 1, stream: 'accord.follow-up.recommendation', aggregateId: rec, aggregateVersion, payload, actor: null, correlationId: 'c' });
const issued = event('RecommendationIssued', 1, { recommendationId: rec, meeting, addresseeIds: ['state-bd', 'state-my'], dueDate: '2026-12-31', issuedAt: '2026-11-02T00:00:00Z' });
const reported = (v: number, onTime: boolean) => event('FollowUpReported', v, { recommendationId: rec, addresseeId: 'state-bd', commitmentIds: [], onTime, reportedAt: '2026-11-20T00:00:00Z' });

describe('ScorecardReplay', () => {
  it('counts as the live tracker does: the first report decides "on time", an overdue obligation is due', () => {
    const cards = new ScorecardReplay([issued, reported(2, true), reported(3, false)]).scorecards('addressee', '2027-01-05');
    expect(cards).toEqual([
      { key: 'state-bd', obligations: 1, respondedShare: 0, reportedOnTimeShare: 1, linkedCommitments: 0, linkedCommitmentsFulfilledShare: null },
      { key: 'state-my', obligations: 1, respondedShare: 0, reportedOnTimeShare: 0, linkedCommitments: 0, linkedCommitmentsFulfilledShare: null },
    ]);
  });

  it('leaves out a redelivered event and everything after a version gap, as the live projection does', () => {
    const cards = new ScorecardReplay([issued, issued, reported(3, true)]).scorecards('process', '2026-11-25');
    expect(cards).toEqual([{ key: 'Bali Process', obligations: 2, respondedShare: 0, reportedOnTimeShare: null, linkedCommitments: 0, linkedCommitmentsFulfilledShare: null }]);
  });
});
