import { AuditEntry } from '@accord/shared/audit';
import { RefusalSampler } from './refusal-sampler';

const entry = (resource: string): AuditEntry => ({ personId: null, organisationId: null, action: 'x', resource, outcome: 'refused', ip: '10.0.0.1' });

describe('RefusalSampler', () => {
  let now = 0;
  const sampler = (maxKeys = 100) => new RefusalSampler({ windowMs: 60_000, maxKeys, now: () => now });
  beforeEach(() => (now = 1_000_000));

  it('writes the first refusal of a key per window and counts the identical ones after it', () => {
    const s = sampler();
    const written = Array.from({ length: 50 }, () => s.admit('ip|GET /a', entry('GET /a'))).filter(Boolean).length;
    expect(written).toBe(1);
    expect(s.admit('ip|GET /b', entry('GET /b'))).toBe(true);
    expect(s.take()).toEqual([]);
    now += 60_000;
    expect(s.take()).toEqual([{ entry: entry('GET /a'), suppressed: 49, from: 1_000_000, to: 1_000_000 }]);
    expect(s.take()).toEqual([]);
    expect(s.admit('ip|GET /a', entry('GET /a'))).toBe(true);
  });

  it('a new window for a busy key reports the previous window’s count', () => {
    const s = sampler();
    s.admit('k', entry('GET /a'));
    s.admit('k', entry('GET /a'));
    now += 61_000;
    expect(s.admit('k', entry('GET /a'))).toBe(true);
    expect(s.take().map((x) => x.suppressed)).toEqual([1]);
  });

  it('bounds its memory: past maxKeys the oldest window closes early and keeps its count', () => {
    const s = sampler(3);
    s.admit('k0', entry('GET /0'));
    s.admit('k0', entry('GET /0'));
    for (let i = 1; i <= 10; i++) s.admit(`k${i}`, entry(`GET /${i}`));
    expect(s.trackedKeys).toBe(3);
    expect(s.take()).toEqual([expect.objectContaining({ suppressed: 1, entry: entry('GET /0') })]);
  });
});
