import { validateLocalAction } from './local-action-validation';

const ok = { title: 'Migrant Resource Centre', description: '', date: '2026-10-01', location: { placeName: 'Naga City', country: 'PH' }, status: 'planned' as const, beneficiaries: 10, commitmentIds: [], recommendationIds: [] };

describe('validateLocalAction', () => {
  it('accepts a valid action', () => expect(validateLocalAction(ok)).toEqual({}));
  it('names each bad field', () => {
    const e = validateLocalAction({ ...ok, title: 'x', date: '', location: { placeName: '', country: 'ph' }, beneficiaries: -1 });
    expect(Object.keys(e).sort()).toEqual(['beneficiaries', 'country', 'date', 'placeName', 'title']);
  });
});
