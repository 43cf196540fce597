import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { defineStrings } from './define-strings';
import { fmt } from './string-specs';
import { LocalizedTexts, languageName, pickLocalized } from './pick-localized';
import { currentLanguage } from './translation-state';

const S = defineStrings('i18n', { fallback: fmt('wanted', 'shown') });

/**
 * Shows user content in the reader's language when the author gave it, and says which language it
 * falls back to otherwise; the text carries its own `lang` so screen readers pronounce it right.
 */
@Component({
  selector: 'acc-localized-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (choice(); as c) {
      <span [attr.lang]="c.language" dir="auto">{{ c.text }}</span>
      @if (c.fallback) {
        <small class="fallback-note" data-testid="language-fallback">{{ note() }}</small>
      }
    }
  `,
  styles: [':host .fallback-note { display: block; color: var(--muted, #555); font-size: 0.85em; }'],
})
export class LocalizedTextComponent {
  readonly texts = input.required<LocalizedTexts>();
  protected readonly choice = computed(() => pickLocalized(this.texts(), currentLanguage()));
  protected readonly note = computed(() => {
    const c = this.choice();
    const reader = currentLanguage();
    return c ? S.fallback(languageName(reader, reader), languageName(c.language, reader)) : '';
  });
}
