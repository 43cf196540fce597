import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PORTAL_UI_STRINGS } from './strings';

export interface BarDatum {
  label: string;
  /** A share from 0 to 1, or null when there is nothing to measure yet. */
  value: number | null;
}

const ROW = 28;
const LABEL_W = 40;

/**
 * Horizontal percentage bars in plain SVG, with the same numbers as a table for screen readers and
 * for anyone who prefers reading to comparing lengths. The SVG itself is hidden from assistive tech.
 */
@Component({
  selector: 'acc-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" [attr.data-testid]="testId()">
      <figcaption>{{ caption() }}</figcaption>
      <svg [attr.viewBox]="'0 0 100 ' + height()" preserveAspectRatio="none" aria-hidden="true" focusable="false" [style.block-size.px]="height()">
        @for (d of bars(); track d.label; let i = $index) {
          <rect x="0" [attr.y]="i * row + 6" width="100" height="16" class="track" />
          <rect x="0" [attr.y]="i * row + 6" [attr.width]="d.width" height="16" class="bar" />
        }
      </svg>
      <ul class="labels" aria-hidden="true">
        @for (d of bars(); track d.label) { <li><span class="name">{{ d.label }}</span><span class="num">{{ d.text }}</span></li> }
      </ul>
      <details>
        <summary>{{ s.chart.showTable }}</summary>
        <table>
          <thead><tr><th scope="col">{{ itemHeader() }}</th><th scope="col">{{ valueHeader() }}</th></tr></thead>
          <tbody>
            @for (d of bars(); track d.label) { <tr><th scope="row">{{ d.label }}</th><td>{{ d.text }}</td></tr> }
          </tbody>
        </table>
      </details>
    </figure>
  `,
  styles: `
    .chart { margin: 0; display: grid; grid-template-columns: minmax(0, ${LABEL_W}%) 1fr; gap: 0 0.75rem; }
    figcaption { grid-column: 1 / -1; font-weight: 600; margin-block-end: 0.5rem; }
    svg { grid-column: 2; grid-row: 2; inline-size: 100%; }
    .labels { grid-column: 1; grid-row: 2; list-style: none; margin: 0; padding: 0; }
    .labels li { block-size: ${ROW}px; display: flex; justify-content: space-between; gap: 0.5rem; align-items: center; font-size: 0.9rem; }
    .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .num { font-variant-numeric: tabular-nums; font-weight: 600; }
    .track { fill: #eef1f5; }
    .bar { fill: #1f5fae; }
    details { grid-column: 1 / -1; margin-block-start: 0.5rem; }
    table { border-collapse: collapse; margin-block-start: 0.5rem; }
    th, td { text-align: start; padding-block: 0.25rem; padding-inline: 0.5rem; border-block-end: 1px solid #c9d1dc; }
    td { font-variant-numeric: tabular-nums; }
  `,
})
export class BarChartComponent {
  readonly data = input<BarDatum[]>([]);
  readonly caption = input('');
  readonly itemHeader = input(PORTAL_UI_STRINGS.chart.item);
  readonly valueHeader = input(PORTAL_UI_STRINGS.chart.value);
  readonly testId = input('bar-chart');
  protected readonly row = ROW;
  protected readonly s = PORTAL_UI_STRINGS;
  protected readonly height = computed(() => Math.max(ROW, this.data().length * ROW));
  protected readonly bars = computed(() =>
    this.data().map((d) => {
      const pct = d.value === null ? null : Math.round(Math.max(0, Math.min(1, d.value)) * 100);
      return { label: d.label, width: pct ?? 0, text: pct === null ? this.s.chart.noValue : this.s.percent(pct) };
    }),
  );
}
