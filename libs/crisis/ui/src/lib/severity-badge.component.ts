import { ChangeDetectionStrategy, Component, input } from '@angular/core';

const ICONS: Partial<Record<string, string>> = { Extreme: '▲▲', Severe: '▲', Moderate: '◆', Minor: '●', Unknown: '?' };

/** CAP severity with a symbol as well as a colour. */
@Component({
  selector: 'acc-severity-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [attr.data-severity]="severity()"><span aria-hidden="true">{{ icons[severity()] ?? '•' }}</span> {{ severity() }}</span>`,
  styles: `
    .badge { display: inline-flex; gap: 0.3em; padding-inline: 0.5em; border-radius: 999px; border: 1px solid currentColor; font-weight: 600; font-size: 0.85rem; white-space: nowrap; }
    [data-severity='Extreme'] { color: #fff; background: #8a1c14; }
    [data-severity='Severe'] { color: #8a1c14; background: #fdecea; }
    [data-severity='Moderate'] { color: #7a5a00; background: #fbf6dd; }
    [data-severity='Minor'], [data-severity='Unknown'] { color: #444; background: #f0f0f0; }
  `,
})
export class SeverityBadgeComponent {
  readonly severity = input.required<string>();
  protected readonly icons = ICONS;
}
