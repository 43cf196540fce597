import { toSections } from './related-sections';

describe('toSections', () => {
  it('puts replies under their assessment and keeps the latest local action', () => {
    const s = toSections(
      [
        { kind: 'assessment', at: '2026-01-01T00:00:00Z', item: { assessmentId: 'a1', assessor: { name: 'Migrant Forum', kind: 'cso' }, rating: 'off_track', narrative: 'n', evidenceUrls: ['https://x.org'], contestedStatus: 'stalled' } },
        { kind: 'assessment_reply', at: '2026-01-02T00:00:00Z', item: { assessmentId: 'a1', text: 'We disagree' } },
        { kind: 'local_action', at: '2026-01-03T00:00:00Z', item: { localActionId: 'l1', title: 'old', status: 'planned', beneficiaries: 1, location: { placeName: 'Naga', country: 'PH' } } },
        { kind: 'local_action', at: '2026-01-04T00:00:00Z', item: { localActionId: 'l1', title: 'new', status: 'completed', beneficiaries: 5, location: { placeName: 'Naga', country: 'PH' } } },
        { kind: 'recommendation_answered', at: '2026-01-05T00:00:00Z', item: { recommendationId: 'r1', recommendationTitle: 'Cap fees', process: 'Bali Process', onTime: true } },
      ],
      true,
    );
    expect(s.assessments[0]).toMatchObject({ assessorName: 'Migrant Forum', contestedStatus: 'stalled', replies: [{ text: 'We disagree' }] });
    expect(s.localActions).toHaveLength(1);
    expect(s.localActions[0]).toMatchObject({ title: 'new', place: 'Naga, PH' });
    expect(s.answered[0]).toMatchObject({ title: 'Cap fees', onTime: true });
  });

  it('survives items with missing fields', () => {
    expect(toSections([{ kind: 'assessment', at: 'x', item: {} }], false).assessments[0].evidenceUrls).toEqual([]);
  });
});
