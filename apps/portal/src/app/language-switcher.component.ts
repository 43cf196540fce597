import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';
import { I18nService, LANGUAGES, Language, LiveAnnouncer, NATIVE_NAMES, defineStrings, withLanguagePrefix } from '@accord/portal/i18n';

const S = defineStrings('i18n');

/**
 * Each language is a real link to the same page in that language (shareable, works without script);
 * a click switches in place, without reloading, and the address follows.
 */
@Component({
  selector: 'acc-language-switcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="languages" [attr.aria-label]="s.language" data-testid="language-switcher">
      <ul>
        @for (lang of languages; track lang) {
          <li>
            <a [href]="hrefFor(lang)" [attr.hreflang]="lang" [attr.lang]="lang" [attr.aria-current]="lang === i18n.language() ? 'true' : null"
               [attr.data-testid]="'language-' + lang" (click)="switchTo($event, lang)">{{ names[lang] }}</a>
          </li>
        }
      </ul>
    </nav>
  `,
})
export class LanguageSwitcherComponent {
  protected readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly s = S;
  protected readonly languages = LANGUAGES;
  protected readonly names = NATIVE_NAMES;
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  protected hrefFor(lang: Language): string {
    return withLanguagePrefix(this.url(), lang);
  }

  protected async switchTo(event: MouseEvent, lang: Language): Promise<void> {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // a new tab keeps its own language
    event.preventDefault();
    if (lang === this.i18n.language()) return;
    await this.i18n.use(lang);
    // Re-navigating to the same page rewrites the address with the new prefix and refreshes every link's href.
    await this.router.navigateByUrl(this.router.url, { replaceUrl: true, onSameUrlNavigation: 'reload' });
    this.announcer.announce(S.changed);
  }
}
