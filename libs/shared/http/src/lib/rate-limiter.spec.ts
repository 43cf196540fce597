import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit per window, then asks to wait until the window ends', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, 100, () => now);
    expect([1, 2, 3].map(() => limiter.hit('ip'))).toEqual([0, 0, 0]);
    now = 15_000;
    expect(limiter.hit('ip')).toBe(45);
    expect(limiter.hit('other')).toBe(0);
    now = 60_000;
    expect(limiter.hit('ip')).toBe(0);
  });

  it('keeps memory bounded under a flood of distinct keys', () => {
    const limiter = new RateLimiter(1, 60_000, 1000);
    for (let i = 0; i < 100_000; i++) limiter.hit(`key-${i}`);
    expect(limiter.size).toBe(1000);
  });
});
