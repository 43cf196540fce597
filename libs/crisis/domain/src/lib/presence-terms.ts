export const NATIONALS_NEEDS = ['evacuation', 'consular', 'shelter', 'medical', 'translation'] as const;
export type NationalsNeed = (typeof NATIONALS_NEEDS)[number];

/** An estimated number of a State's nationals at one place: counts, never names. */
export interface PlaceCount {
  place: string;
  count: number;
}
