import data from '../data/sdg-targets.json';

export interface SdgTarget {
  code: string;
  title: string;
  goal: number;
}

/** The 169 SDG targets (A/RES/70/1), e.g. 10.7 "facilitate orderly, safe, regular and responsible migration". */
export const SDG_TARGETS: readonly SdgTarget[] = data.goals.flatMap((g) => g.targets.map((t) => ({ code: t.code, title: t.title, goal: g.goal })));

const KNOWN = new Set(SDG_TARGETS.map((t) => t.code));
export function isKnownSdgTarget(code: string): boolean {
  return KNOWN.has(code);
}
