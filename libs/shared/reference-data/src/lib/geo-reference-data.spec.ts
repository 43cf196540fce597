import { countryByAlpha2, COUNTRIES_WITH_REGIONS, ISO_COUNTRIES, isKnownCountry } from './iso-countries';
import { M49_AREAS } from './m49-regions';

const area = (code: string) => M49_AREAS.find((a) => a.code === code);

describe('ISO 3166-1 countries', () => {
  it('has the 249 officially assigned codes, each unique in all three forms', () => {
    expect(ISO_COUNTRIES).toHaveLength(249);
    for (const key of ['alpha2', 'alpha3', 'numeric'] as const) expect(new Set(ISO_COUNTRIES.map((c) => c[key])).size).toBe(249);
    expect(ISO_COUNTRIES.every((c) => /^[A-Z]{2}$/.test(c.alpha2) && /^[A-Z]{3}$/.test(c.alpha3) && /^\d{3}$/.test(c.numeric))).toBe(true);
  });

  it.each([
    ['BD', 'BGD', '050', 'Bangladesh'],
    ['PH', 'PHL', '608', 'Philippines'],
    ['LY', 'LBY', '434', 'Libya'],
    ['CA', 'CAN', '124', 'Canada'],
    ['AX', 'ALA', '248', 'Åland Islands'],
    ['SS', 'SSD', '728', 'South Sudan'],
  ])('knows %s = %s = %s (%s)', (alpha2, alpha3, numeric, name) => {
    expect(countryByAlpha2(alpha2)).toEqual({ alpha2, alpha3, numeric, name });
  });

  it('refuses codes that are not assigned (XK is user-assigned, UK is reserved)', () => {
    expect(isKnownCountry('XK')).toBe(false);
    expect(isKnownCountry('UK')).toBe(false);
    expect(isKnownCountry('GB')).toBe(true);
  });
});

describe('UN M49 areas', () => {
  it('has 5 regions under the World and every non-world area points at an existing parent', () => {
    expect(M49_AREAS.filter((a) => a.level === 'region').map((a) => a.name)).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    const codes = new Set(M49_AREAS.map((a) => a.code));
    expect(M49_AREAS.filter((a) => a.parent !== null).every((a) => codes.has(a.parent as string))).toBe(true);
  });

  it('places Bangladesh in Southern Asia, Malaysia in South-eastern Asia and Mexico in Central America', () => {
    expect(area('034')?.countries).toContain('BD');
    expect(area('035')?.countries).toEqual(expect.arrayContaining(['MY', 'PH', 'ID', 'TH']));
    expect(area('035')?.countries).toHaveLength(11);
    expect(area('013')?.countries).toContain('MX');
    expect(area('419')?.countries).toContain('MX');
    expect(area('019')?.countries).toEqual(expect.arrayContaining(['CA', 'US', 'MX', 'BR']));
  });

  it('the five regions partition every country with a region; only Antarctica and Taiwan have none', () => {
    const regions = M49_AREAS.filter((a) => a.level === 'region');
    const total = regions.reduce((n, r) => n + r.countries.length, 0);
    expect(total).toBe(area('001')?.countries.length);
    expect(COUNTRIES_WITH_REGIONS.filter((c) => c.region === null).map((c) => c.alpha2)).toEqual(['AQ', 'TW']);
    expect(total).toBe(247);
  });
});
