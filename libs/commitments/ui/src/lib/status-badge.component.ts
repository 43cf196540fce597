import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { UI_STRINGS } from './strings';

// Each status has a distinct shape as well as a colour, so it never relies on colour alone.
const ICONS: Record<string, string> = {
  pledged: '☆',
  in_progress: '◔',
  fulfilled: '✔',
  partially_fulfilled: '◑',
  stalled: '❚❚',
  withdrawn: '✖',
};

@Component({
  selector: 'acc-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [attr.data-status]="status()" data-testid="status"
    ><span class="icon" aria-hidden="true">{{ icon() }}</span><span class="label">{{ label() }}</span></span
  >`,
  styles: `
    .badge { display: inline-flex; align-items: center; gap: 0.35em; padding-block: 0.15em; padding-inline: 0.55em;
      border-radius: 999px; font-size: 0.85rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
    .icon { font-size: 0.9em; line-height: 1; }
    [data-status='pledged'] { color: #4a4f8a; background: #eef0fb; }
    [data-status='in_progress'] { color: #0b5c8a; background: #e6f3fa; }
    [data-status='fulfilled'] { color: #1d6b32; background: #e8f5ec; }
    [data-status='partially_fulfilled'] { color: #6b5a00; background: #fbf6dd; }
    [data-status='stalled'] { color: #8a3b00; background: #fdeee3; }
    [data-status='withdrawn'] { color: #555; background: #f0f0f0; }
  `,
})
export class StatusBadgeComponent {
  readonly status = input.required<string>();
  protected readonly icon = computed(() => ICONS[this.status()] ?? '•');
  protected readonly label = computed(() => UI_STRINGS.status[this.status()] ?? this.status());
}
