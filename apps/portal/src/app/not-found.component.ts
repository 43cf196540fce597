import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SHELL_STRINGS } from './strings';

@Component({
  selector: 'acc-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `<h1>{{ s.notFound }}</h1><p><a routerLink="/">{{ s.home }}</a></p>`,
})
export class NotFoundComponent {
  protected readonly s = SHELL_STRINGS;
}
