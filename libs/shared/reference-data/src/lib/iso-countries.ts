import data from '../data/iso-3166-countries.json';

export interface IsoCountry {
  /** ISO 3166-1 alpha-2, e.g. BD. */
  alpha2: string;
  /** ISO 3166-1 alpha-3, e.g. BGD. */
  alpha3: string;
  /** ISO 3166-1 numeric (= UN M49 country code), three digits with leading zeros, e.g. 050. */
  numeric: string;
  name: string;
}

/** A country with the UN M49 areas it belongs to (null where M49 lists none, e.g. Antarctica). */
export interface CountryWithRegions extends IsoCountry {
  region: string | null;
  subRegion: string | null;
  intermediateRegion: string | null;
}

type Row = [string, string, string, string, string | null, string | null, string | null];

export const COUNTRIES_WITH_REGIONS: readonly CountryWithRegions[] = (data.rows as Row[]).map(
  ([alpha2, alpha3, numeric, name, region, subRegion, intermediateRegion]) => ({ alpha2, alpha3, numeric, name, region, subRegion, intermediateRegion }),
);

/** The 249 countries and territories of ISO 3166-1, ordered by alpha-2. */
export const ISO_COUNTRIES: readonly IsoCountry[] = COUNTRIES_WITH_REGIONS.map(({ alpha2, alpha3, numeric, name }) => ({ alpha2, alpha3, numeric, name }));

const BY_ALPHA2 = new Map(ISO_COUNTRIES.map((c) => [c.alpha2, c]));

export function countryByAlpha2(alpha2: string): IsoCountry | undefined {
  return BY_ALPHA2.get(alpha2.toUpperCase());
}

export function isKnownCountry(alpha2: string): boolean {
  return BY_ALPHA2.has(alpha2);
}
