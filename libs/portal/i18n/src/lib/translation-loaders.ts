import { Language } from './languages';
import { Translations } from './translation-state';

/** Each language other than English is its own lazy chunk: a reader downloads only theirs. */
export const TRANSLATION_LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: unknown }>>> = {
  ar: () => import('./translations/ar.json'),
  es: () => import('./translations/es.json'),
  fr: () => import('./translations/fr.json'),
  ru: () => import('./translations/ru.json'),
  zh: () => import('./translations/zh.json'),
};

export async function loadTranslations(lang: Exclude<Language, 'en'>): Promise<Translations> {
  const module = await TRANSLATION_LOADERS[lang]();
  return module.default as Translations;
}
