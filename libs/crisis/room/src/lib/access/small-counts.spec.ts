import { shownCount, shownPercent } from './small-counts';

describe('small counts', () => {
  it.each([
    [0, false, 0],
    [1, false, '<5'],
    [4, false, '<5'],
    [5, false, 5],
    [120, false, 120],
    [3, true, 3],
  ])('%i shown %s exact → %s', (count, exact, shown) => {
    expect(shownCount(count, exact)).toBe(shown);
  });

  it('hides a percent built on a hidden count', () => {
    expect(shownPercent('<5', 10)).toBeNull();
    expect(shownPercent(5, '<5')).toBeNull();
    expect(shownPercent(5, 0)).toBeNull();
    expect(shownPercent(5, 20)).toBe(25);
  });
});
