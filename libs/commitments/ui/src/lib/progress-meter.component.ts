import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { UI_STRINGS } from './strings';

@Component({
  selector: 'acc-progress-meter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (percent() === null) {
      <span class="none">{{ s.noProgress }}</span>
    } @else {
      <span class="meter">
        <progress max="100" [value]="percent()" [attr.aria-label]="s.progress"></progress>
        <span class="value" aria-hidden="true">{{ percent() }}%</span>
      </span>
    }
  `,
  styles: `
    .meter { display: flex; align-items: center; gap: 0.5rem; }
    progress { flex: 1; min-inline-size: 6rem; block-size: 0.7rem; appearance: none; border: 1px solid #7a8699; border-radius: 999px; background: #eef1f5; overflow: hidden; }
    progress::-webkit-progress-bar { background: #eef1f5; }
    progress::-webkit-progress-value { background: #1f5fae; }
    progress::-moz-progress-bar { background: #1f5fae; }
    .value { font-variant-numeric: tabular-nums; font-weight: 600; min-inline-size: 3ch; }
    .none { color: #5b6472; font-size: 0.9rem; }
  `,
})
export class ProgressMeterComponent {
  readonly value = input<number | null>(null);
  protected readonly percent = computed(() => {
    const v = this.value();
    return v === null || v === undefined ? null : Math.max(0, Math.min(100, Math.round(v)));
  });
  protected readonly s = UI_STRINGS;
}
