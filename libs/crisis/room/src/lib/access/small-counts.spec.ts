import { shownCount, shownPercent, shownTotal, shownTotalBeyondKnown } from './small-counts';

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

  it('withholds a total that would give a hidden part back by subtraction', () => {
    // Misrata 100 + Tripoli 3: showing 103 beside "100" and "<5" would reveal the 3.
    expect(shownTotal(103, [100, '<5'], false)).toBe('withheld');
    // two hidden parts whose sum the total would give (1 + 1 = 102 − 100)
    expect(shownTotal(102, [100, '<5', '<5'], false)).toBe('withheld');
    expect(shownTotal(130, [100, 30], false)).toBe(130);
    expect(shownTotal(3, ['<5'], false)).toBe('<5');
    expect(shownTotal(103, [100, 3], true)).toBe(103);
  });

  it('withholds a total when what others add to the parts the viewer knows is small', () => {
    expect(shownTotalBeyondKnown(103, 100, false)).toBe('withheld');
    expect(shownTotalBeyondKnown(100, 100, false)).toBe(100);
    expect(shownTotalBeyondKnown(110, 100, false)).toBe(110);
    expect(shownTotalBeyondKnown(3, 0, false)).toBe('<5');
    expect(shownTotalBeyondKnown(103, 100, true)).toBe(103);
  });
});
