/**
 * The reader's languages, best first. A portal language other than the portal's default was chosen
 * by the reader and comes first; otherwise the browser's languages do (a Bangladeshi officer reading
 * the English portal still gets the Bangla info block), with the portal's language after them.
 */
export function readerLanguages(portalLanguage: string, portalDefault: string, browserLanguages: readonly string[]): string[] {
  const ordered = portalLanguage === portalDefault ? [...browserLanguages, portalLanguage] : [portalLanguage, ...browserLanguages];
  return ordered.filter((tag, i) => !!tag && ordered.indexOf(tag) === i);
}
