import { GCM_OBJECTIVES } from './gcm-objectives';
import { isKnownSdgTarget, SDG_TARGETS } from './sdg-targets';

describe('reference data', () => {
  it('has the 23 GCM objectives numbered 1–23', () => {
    expect(GCM_OBJECTIVES.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });
  it('knows SDG target 10.7 and 169 targets in all', () => {
    expect(SDG_TARGETS).toHaveLength(169);
    expect(isKnownSdgTarget('10.7')).toBe(true);
    expect(isKnownSdgTarget('10.99')).toBe(false);
  });
});
