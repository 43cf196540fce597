import { Language } from './languages';

/** A translated message: text with {name} placeholders, or plural forms keyed by Intl.PluralRules category or "=N". */
export type Message = string | Readonly<Record<string, string>>;
export type MessageArg = string | number | null | undefined;

const numberFormats = new Map<Language, Intl.NumberFormat>();
const pluralRules = new Map<Language, Intl.PluralRules>();

function cached<T>(map: Map<Language, T>, lang: Language, make: () => T): T {
  let value = map.get(lang);
  if (!value) map.set(lang, (value = make()));
  return value;
}

export function formatNumber(value: number, lang: Language): string {
  return cached(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(value);
}

/** The plural form for a count in this language: "=N" wins over the CLDR category, "other" is the last resort. */
export function pluralForm(forms: Readonly<Record<string, string>>, count: number, lang: Language): string {
  const category = cached(pluralRules, lang, () => new Intl.PluralRules(lang)).select(count);
  return forms[`=${count}`] ?? forms[category] ?? forms['other'] ?? '';
}

/** Fills {name} placeholders; numbers are written the way the language writes them. */
export function fillPlaceholders(template: string, params: Readonly<Record<string, MessageArg>>, lang: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    if (value === null || value === undefined) return '';
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

export function formatMessage(message: Message, params: Readonly<Record<string, MessageArg>>, lang: Language, countParam?: string): string {
  if (typeof message === 'string') return fillPlaceholders(message, params, lang);
  const count = countParam ? params[countParam] : undefined;
  return fillPlaceholders(pluralForm(message, typeof count === 'number' ? count : Number.NaN, lang), params, lang);
}
