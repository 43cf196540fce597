import { ChangeDetectionStrategy, Component } from '@angular/core';
import { UI_STRINGS } from './strings';

/** Text, an icon and a border: never colour alone. */
@Component({
  selector: 'acc-disputed-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" data-testid="disputed-badge" [attr.title]="s.disputedHint"
    ><span class="icon" aria-hidden="true">⚑</span><span class="label">{{ s.disputed }}</span
    ><span class="visually-hidden">: {{ s.disputedHint }}</span></span
  >`,
  styles: `
    .badge { display: inline-flex; align-items: center; gap: 0.35em; padding-block: 0.15em; padding-inline: 0.55em;
      border-radius: 4px; font-size: 0.85rem; font-weight: 700; border: 2px dashed currentColor; color: #8a1c12; background: #fff1ef; white-space: nowrap; }
    .icon { line-height: 1; }
  `,
})
export class DisputedBadgeComponent {
  protected readonly s = UI_STRINGS;
}
