import { signal } from '@angular/core';
import en from './translations/en.json';
import { Language, SOURCE_LANGUAGE } from './languages';

/** A translation file: namespaces of nested messages, as a translator edits it. */
export type Translations = { readonly [key: string]: string | Translations };
export type SourceTranslations = typeof en;

/**
 * The language and the loaded translation files live outside Angular's injector: the words of every
 * lib are plain module constants (see defineStrings), and a signal read through them makes each view
 * that shows a word re-render when the language changes.
 */
export const currentLanguage = signal<Language>(SOURCE_LANGUAGE);
export const loadedTranslations = signal<Partial<Record<Language, Translations>>>({ en: en as Translations });

export function valueAt(root: Translations | undefined, path: readonly string[]): string | Translations | undefined {
  let node: string | Translations | undefined = root;
  for (const key of path) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[key];
  }
  return node;
}

/** The message at a path in the current language, falling back to English (a missing key fails the build, see the spec). */
export function lookup(path: readonly string[]): string | Translations | undefined {
  const lang = currentLanguage();
  return valueAt(loadedTranslations()[lang], path) ?? valueAt(loadedTranslations()[SOURCE_LANGUAGE], path);
}
