import { Language, SOURCE_LANGUAGE, isLanguage } from './languages';

/** `/ar/board?x=1` → { lang: 'ar', rest: '/board?x=1' }; English needs no prefix but accepts `/en/`. */
export function splitLanguagePrefix(path: string): { lang: Language | null; rest: string } {
  const match = /^\/([a-z]{2})(?=\/|\?|#|$)/.exec(path);
  if (!match || !isLanguage(match[1])) return { lang: null, rest: path };
  const rest = path.slice(match[0].length);
  return { lang: match[1], rest: rest.startsWith('/') ? rest : `/${rest}` };
}

/** The address of an in-app path in a language: the source language keeps the plain path. */
export function withLanguagePrefix(path: string, lang: Language): string {
  const plain = path.startsWith('/') ? path : `/${path}`;
  if (lang === SOURCE_LANGUAGE) return plain;
  return plain === '/' ? `/${lang}/` : `/${lang}${plain}`;
}
