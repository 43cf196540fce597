/** User content entered in several languages: `{ en: '…', fr: '…' }` or `[{ language: 'fr', text: '…' }]`. */
export type LocalizedTexts = Readonly<Record<string, string>> | readonly { readonly language: string; readonly text: string }[];

export interface LocalizedChoice {
  readonly text: string;
  /** the BCP 47 tag of the text shown, for its `lang` attribute */
  readonly language: string;
  /** true when the reader's language was not there and another one is shown */
  readonly fallback: boolean;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

function entries(texts: LocalizedTexts): { language: string; text: string }[] {
  const list = Array.isArray(texts) ? texts : Object.entries(texts).map(([language, text]) => ({ language, text }));
  return (list as { language: string; text: string }[]).filter((e) => !!e.text);
}

/**
 * The reader's language when the author wrote it (same primary language counts: fr-CA for fr), else
 * the preferred fallbacks in order (English first by default), else whatever comes first.
 */
export function pickLocalized(texts: LocalizedTexts, reader: string, fallbacks: readonly string[] = ['en']): LocalizedChoice | null {
  const list = entries(texts);
  for (const wanted of [reader, ...fallbacks]) {
    const found = list.find((e) => primary(e.language) === primary(wanted));
    if (found) return { text: found.text, language: found.language, fallback: primary(found.language) !== primary(reader) };
  }
  const first = list[0];
  return first ? { text: first.text, language: first.language, fallback: true } : null;
}

/** "French" for fr, written in the reader's language when the runtime knows it; the tag otherwise. */
export function languageName(tag: string, displayIn: string): string {
  try {
    return new Intl.DisplayNames([displayIn], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag; // an invalid tag from imported content: show it as it came
  }
}
