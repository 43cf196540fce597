import { exceedsDepth } from './body-depth';

describe('body depth', () => {
  const nest = (n: number) => {
    let v: unknown = 'leaf';
    for (let i = 0; i < n; i++) v = i % 2 ? { a: v } : [v];
    return v;
  };
  it('accepts ordinary bodies and refuses deep ones without overflowing', () => {
    expect(exceedsDepth({ title: 'x', gcmObjectives: [1, 2], owner: { a: { b: 1 } } })).toBe(false);
    expect(exceedsDepth(nest(32))).toBe(false);
    expect(exceedsDepth(nest(33))).toBe(true);
    expect(exceedsDepth(nest(100_000))).toBe(true);
  });
});
