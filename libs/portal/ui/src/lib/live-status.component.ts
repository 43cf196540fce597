import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PORTAL_UI_STRINGS } from './strings';

@Component({
  selector: 'acc-live-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="live" data-testid="live-status" [attr.data-state]="state()"><span class="dot" aria-hidden="true"></span>{{ s.live[state()] }}</p>`,
  styles: `
    .live { display: inline-flex; align-items: center; gap: 0.4rem; margin: 0; font-size: 0.9rem; }
    .dot { inline-size: 0.6rem; block-size: 0.6rem; border-radius: 50%; background: #8a8f99; }
    [data-state='live'] .dot { background: #1d8a3a; }
    [data-state='offline'] .dot { background: #b3261e; }
  `,
})
export class LiveStatusComponent {
  readonly state = input<string>('connecting');
  protected readonly s = PORTAL_UI_STRINGS;
}
