import { CommitmentStatus } from './commitment-status';
import { consolidatedPercent, consolidatedStatus, OwnerShare } from './consolidated-status';

const shares = (...statuses: CommitmentStatus[]): OwnerShare[] => statuses.map((status, i) => ({ organisationId: `org-${i}`, status, percent: null }));

describe('consolidatedStatus', () => {
  it.each<[CommitmentStatus[], CommitmentStatus]>([
    [['in_progress'], 'in_progress'],
    [['stalled'], 'stalled'],
    [['pledged', 'pledged'], 'pledged'],
    [['fulfilled', 'fulfilled'], 'fulfilled'],
    [['fulfilled', 'withdrawn'], 'fulfilled'],
    [['withdrawn', 'withdrawn'], 'withdrawn'],
    [['fulfilled', 'partially_fulfilled'], 'partially_fulfilled'],
    [['fulfilled', 'in_progress'], 'in_progress'],
    [['stalled', 'in_progress'], 'in_progress'],
    [['stalled', 'fulfilled'], 'stalled'],
    [['pledged', 'stalled'], 'stalled'],
    [['fulfilled', 'pledged'], 'in_progress'],
    [['partially_fulfilled', 'pledged', 'withdrawn'], 'in_progress'],
  ])('%j consolidates to %s', (of, expected) => {
    expect(consolidatedStatus(shares(...of))).toBe(expected);
  });
});

describe('consolidatedPercent', () => {
  it('is null until a share reports, then the mean of the shares not withdrawn (unreported counts as 0)', () => {
    expect(consolidatedPercent(shares('pledged', 'pledged'))).toBeNull();
    const three: OwnerShare[] = [
      { organisationId: 'a', status: 'in_progress', percent: 60 },
      { organisationId: 'b', status: 'pledged', percent: null },
      { organisationId: 'c', status: 'withdrawn', percent: 100 },
    ];
    expect(consolidatedPercent(three)).toBe(30);
  });
});
