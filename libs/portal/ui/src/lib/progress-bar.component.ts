import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PORTAL_UI_STRINGS } from './strings';

/** A labelled bar of `done` against `target`; counts may be hidden ('<5') by the server. */
@Component({
  selector: 'acc-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="row">
      <span class="label" [id]="id()">{{ label() }}</span>
      <span class="num">{{ s.ofTarget(done(), target()) }}@if (percent() !== null) { · {{ s.percent(percent()!) }} }</span>
    </div>
    <progress max="100" [value]="percent() ?? 0" [attr.aria-labelledby]="id()" [attr.aria-valuetext]="s.ofTarget(done(), target())"></progress>
  `,
  styles: `
    :host { display: grid; gap: 0.25rem; }
    .row { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; }
    .label { font-weight: 600; }
    .num { font-variant-numeric: tabular-nums; }
    progress { inline-size: 100%; block-size: 0.9rem; appearance: none; border: 1px solid #7a8699; border-radius: 999px; background: #eef1f5; overflow: hidden; }
    progress::-webkit-progress-bar { background: #eef1f5; }
    progress::-webkit-progress-value { background: #1d8a3a; }
    progress::-moz-progress-bar { background: #1d8a3a; }
  `,
})
export class ProgressBarComponent {
  readonly label = input.required<string>();
  readonly done = input<number | string>(0);
  readonly target = input<number | string>(0);
  /** Percent from the server (it knows whether counts were hidden); computed here when absent. */
  readonly percentValue = input<number | null | undefined>(undefined);
  readonly id = input(`pb-${Math.random().toString(36).slice(2, 9)}`);
  protected readonly s = PORTAL_UI_STRINGS;
  protected readonly percent = computed(() => {
    const given = this.percentValue();
    if (given !== undefined) return given === null ? null : Math.min(100, Math.round(given));
    const d = this.done();
    const t = this.target();
    return typeof d === 'number' && typeof t === 'number' && t > 0 ? Math.min(100, Math.round((d / t) * 100)) : null;
  });
}
