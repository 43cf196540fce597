import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import en from './translations/en.json';
import { lookup } from './translation-state';

const TITLE_KEYS = new Map(Object.entries(en.titles).map(([key, title]) => [title, key]));

/**
 * Route titles stay English in the route files (one place, greppable); the tab title is shown in the
 * reader's language through the "titles" namespace, and follows a language switch. A title the files
 * do not know yet is shown as written.
 */
@Injectable()
export class I18nTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly routeTitle = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const english = this.routeTitle();
      if (english === undefined) return;
      const key = TITLE_KEYS.get(english);
      const translated = key ? lookup(['titles', key]) : undefined;
      this.title.setTitle(typeof translated === 'string' ? translated : english);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.routeTitle.set(this.buildTitle(snapshot));
  }
}
