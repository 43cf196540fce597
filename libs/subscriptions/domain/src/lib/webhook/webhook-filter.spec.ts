import { checkWebhookFilter, filterMatches } from './webhook-filter';

const streams = ['accord.commitments.commitment', 'accord.follow-up.recommendation'];
const commitmentId = '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11';
const logged = { stream: streams[0], type: 'CommitmentLogged', payload: { commitmentId, owner: { organisationId: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' } } };

describe('webhook filters', () => {
  it('an empty filter takes every public event', () => {
    expect(filterMatches({ streams: [], eventTypes: [], targets: [] }, logged)).toBe(true);
  });

  it('every list that is given must match', () => {
    expect(filterMatches({ streams: [streams[1]], eventTypes: [], targets: [] }, logged)).toBe(false);
    expect(filterMatches({ streams: [streams[0]], eventTypes: ['CommitmentLogged'], targets: [] }, logged)).toBe(true);
    expect(filterMatches({ streams: [], eventTypes: ['CommitmentStatusChanged'], targets: [] }, logged)).toBe(false);
    expect(filterMatches({ streams: [], eventTypes: [], targets: [{ kind: 'organisation', id: 'state-bd' }] }, logged)).toBe(true);
    expect(filterMatches({ streams: [], eventTypes: [], targets: [{ kind: 'organisation', id: 'state-ca' }] }, logged)).toBe(false);
    expect(filterMatches({ streams: [], eventTypes: [], targets: [{ kind: 'commitment', id: commitmentId }] }, logged)).toBe(true);
  });

  it.each([
    ['filter.streams', { streams: ['accord.consular.request'], eventTypes: [], targets: [] }],
    ['filter.eventTypes', { streams: [], eventTypes: ['drop table'], targets: [] }],
    ['filter.targets', { streams: [], eventTypes: [], targets: [{ kind: 'commitment' as const, id: 'x' }] }],
  ])('refuses a bad %s, naming it (never a private stream)', (field, filter) => {
    expect(() => checkWebhookFilter(filter, streams)).toThrow(expect.objectContaining({ name: 'InvalidInput', field }) as Error);
  });
});
