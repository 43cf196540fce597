export interface InfoChoice<T extends { language: string }> {
  info: T | null;
  /** the reader's first language, when the block shown is in another one */
  fallbackFrom: string | null;
  others: T[];
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The info block for a reader: an exact language match first, then the same primary language
 * (fr-CA for fr), trying the reader's languages in order; else the alert's first block.
 */
export function pickInfo<T extends { language: string }>(infos: readonly T[], readerLanguages: readonly string[]): InfoChoice<T> {
  const wanted = readerLanguages.filter(Boolean);
  let info: T | undefined;
  for (const tag of wanted) {
    info = infos.find((i) => i.language.toLowerCase() === tag.toLowerCase()) ?? infos.find((i) => primary(i.language) === primary(tag));
    if (info) break;
  }
  const chosen = info ?? infos[0] ?? null;
  const matchesFirst = !!chosen && wanted.length > 0 && primary(chosen.language) === primary(wanted[0]);
  return { info: chosen, fallbackFrom: chosen && wanted.length && !matchesFirst ? wanted[0] : null, others: infos.filter((i) => i !== chosen) };
}

/** "French" for fr, in the reader's language when the runtime knows it; the tag itself otherwise. */
export function languageName(tag: string, displayIn: string): string {
  try {
    return new Intl.DisplayNames([displayIn || 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag; // an invalid tag from an imported CAP file: show it as it came
  }
}
