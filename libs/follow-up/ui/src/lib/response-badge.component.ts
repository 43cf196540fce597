import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FOLLOW_UP_UI_STRINGS } from './strings';

// A distinct symbol per response, so it never relies on colour alone.
const ICONS: Partial<Record<string, string>> = { supports: '✔', notes: '✎', rejects: '✖', none: '…' };

@Component({
  selector: 'acc-response-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [attr.data-response]="key()" data-testid="response"><span aria-hidden="true">{{ icon() }}</span> {{ label() }}</span>`,
  styles: `
    .badge { display: inline-flex; gap: 0.3em; align-items: center; padding-inline: 0.5em; border-radius: 999px; border: 1px solid currentColor; font-size: 0.85rem; font-weight: 600; white-space: nowrap; }
    [data-response='supports'] { color: #1d6b32; background: #e8f5ec; }
    [data-response='notes'] { color: #0b5c8a; background: #e6f3fa; }
    [data-response='rejects'] { color: #8a3b00; background: #fdeee3; }
    [data-response='none'] { color: #555; background: #f0f0f0; }
  `,
})
export class ResponseBadgeComponent {
  readonly response = input<string | null>(null);
  protected readonly key = computed(() => this.response() ?? 'none');
  protected readonly icon = computed(() => ICONS[this.key()] ?? '•');
  protected readonly label = computed(() => FOLLOW_UP_UI_STRINGS.response[this.key()] ?? this.key());
}
