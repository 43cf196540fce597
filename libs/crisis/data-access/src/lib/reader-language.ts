import { InjectionToken, Signal, computed, inject } from '@angular/core';
import { I18nService, SOURCE_LANGUAGE } from '@accord/portal/i18n';
import { readerLanguages } from './reader-languages';

/** The one place the crisis room asks which languages its reader prefers; follows a language switch live. */
export const READER_LANGUAGES = new InjectionToken<Signal<readonly string[]>>('READER_LANGUAGES', {
  providedIn: 'root',
  factory: () => {
    const i18n = inject(I18nService);
    const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
    return computed(() => readerLanguages(i18n.language(), SOURCE_LANGUAGE, browser));
  },
});
