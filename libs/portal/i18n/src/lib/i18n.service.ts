import { DOCUMENT } from '@angular/common';
import { Injectable, computed, effect, inject } from '@angular/core';
import { Language, SOURCE_LANGUAGE, directionOf } from './languages';
import { splitLanguagePrefix } from './language-path';
import { MessageArg, formatMessage } from './message-format';
import { loadTranslations } from './translation-loaders';
import { currentLanguage, loadedTranslations, lookup } from './translation-state';

/**
 * The reader's language: read from the address at start, switched at run time without a reload.
 * Keeps `<html lang dir>` in step, which is what mirrors the layout for Arabic.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  readonly language = currentLanguage.asReadonly();
  readonly direction = computed(() => directionOf(this.language()));

  constructor() {
    effect(() => {
      const root = this.document.documentElement;
      root.lang = this.language();
      root.dir = this.direction();
    });
  }

  /** At start: the address decides the language; Back/Forward across a switch brings the old language back. */
  async start(): Promise<void> {
    this.document.defaultView?.addEventListener('popstate', () => void this.use(this.languageInAddress()));
    await this.use(this.languageInAddress());
  }

  /** The language the address names (`/ar/…`), English when it names none. */
  languageInAddress(): Language {
    return splitLanguagePrefix(this.document.location?.pathname ?? '/').lang ?? SOURCE_LANGUAGE;
  }

  /** Loads the language's file once, then switches every word on the page to it. */
  async use(lang: Language): Promise<void> {
    if (lang !== 'en' && !loadedTranslations()[lang]) {
      const words = await loadTranslations(lang);
      loadedTranslations.update((all) => ({ ...all, [lang]: words }));
    }
    currentLanguage.set(lang);
  }

  /** A message by its full key ("board.heading"); a plural message takes its count from `count` or `n`. */
  t(key: string, params: Readonly<Record<string, MessageArg>> = {}): string {
    const path = key.split('.');
    const node = lookup(path);
    if (node === undefined) return key;
    const countParam = 'count' in params ? 'count' : 'n';
    return formatMessage(node as string | Record<string, string>, params, this.language(), countParam);
  }
}
