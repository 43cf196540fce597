import { Pipe, PipeTransform, inject } from '@angular/core';
import { MessageArg } from './message-format';
import { I18nService } from './i18n.service';

/**
 * `{{ 'board.heading' | t }}`, `{{ 'board.results' | t: { n: total } }}`. Impure because the words
 * change with the language while the key does not; the lookup is a map read, cheap enough per check.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: string, params?: Readonly<Record<string, MessageArg>>): string {
    return this.i18n.t(key, params);
  }
}
