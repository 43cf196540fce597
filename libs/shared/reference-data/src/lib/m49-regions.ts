import data from '../data/m49-areas.json';
import { COUNTRIES_WITH_REGIONS } from './iso-countries';

export type M49Level = 'world' | 'region' | 'sub-region' | 'intermediate-region';

/** A UN M49 area with its member countries (ISO alpha-2), e.g. 035 South-eastern Asia. */
export interface M49Area {
  code: string;
  name: string;
  level: M49Level;
  parent: string | null;
  countries: string[];
}

const membersOf = (code: string): string[] =>
  COUNTRIES_WITH_REGIONS.filter((c) => code === '001' ? c.region !== null : [c.region, c.subRegion, c.intermediateRegion].includes(code)).map((c) => c.alpha2);

/** World, the 5 regions, their sub-regions and intermediate regions, each with its member countries. */
export const M49_AREAS: readonly M49Area[] = data.areas.map((a) => ({ code: a.code, name: a.name, level: a.level as M49Level, parent: a.parent, countries: membersOf(a.code) }));
