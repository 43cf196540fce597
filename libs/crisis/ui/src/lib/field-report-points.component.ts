import { LocalDatePipe, LocalNumberPipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CRISIS_UI_STRINGS } from './strings';

export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  observedAt: string;
}

const WIDTH = 300;
const HEIGHT = 200;
const MARGIN = 16;

/**
 * Where the monitors observed, plotted by latitude and longitude inside the box that holds them (north up,
 * east to the right in every language: a map is not mirrored). The list below is the same in text.
 */
@Component({
  selector: 'acc-field-report-points',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, LocalNumberPipe],
  template: `
    @if (plotted().length === 0) { <p class="muted" data-testid="field-points-empty">{{ s.pointsNone }}</p> }
    @else {
      <svg class="plot" dir="ltr" [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" [attr.aria-label]="s.pointsLabel(plotted().length)" data-testid="field-points">
        <rect x="0" y="0" [attr.width]="width" [attr.height]="height" class="sea" />
        @for (p of plotted(); track p.id) {
          <circle [attr.cx]="p.x" [attr.cy]="p.y" r="5" class="dot" [attr.data-point-id]="p.id"><title>{{ p.name }}</title></circle>
          <text [attr.x]="p.x + 8" [attr.y]="p.y + 4" class="label" aria-hidden="true">{{ p.index }}</text>
        }
      </svg>
      <ol class="places" data-testid="field-points-list">
        @for (p of plotted(); track p.id) {
          <li>{{ p.name }} · {{ p.lat | localNumber }}, {{ p.lon | localNumber }} · <time [attr.datetime]="p.observedAt">{{ p.observedAt | date: 'short' }}</time></li>
        }
      </ol>
    }
  `,
  styles: `
    :host { display: grid; gap: 0.5rem; }
    .plot { inline-size: 100%; max-inline-size: 30rem; block-size: auto; border: 1px solid #9aa5b4; border-radius: 8px; }
    .sea { fill: #eef4fb; }
    .dot { fill: #b3261e; stroke: #fff; stroke-width: 1.5; }
    .label { font-size: 11px; fill: #1d2430; font-weight: 600; }
    .places { margin: 0; padding-inline-start: 1.4rem; font-size: 0.9rem; overflow-wrap: anywhere; }
    .muted { color: #4a5261; margin: 0; }
  `,
})
export class FieldReportPointsComponent {
  readonly points = input<MapPoint[]>([]);
  protected readonly s = CRISIS_UI_STRINGS.field;
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly plotted = computed(() => {
    const pts = this.points();
    if (!pts.length) return [];
    const lats = pts.map((p) => p.lat);
    const lons = pts.map((p) => p.lon);
    const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
    // One degree at least each way, so a single place sits in the middle rather than on an edge.
    const spanLat = Math.max(north - south, 1);
    const spanLon = Math.max(east - west, 1);
    const midLat = (north + south) / 2;
    const midLon = (east + west) / 2;
    const scale = Math.min((WIDTH - 2 * MARGIN) / spanLon, (HEIGHT - 2 * MARGIN) / spanLat);
    return pts.map((p, i) => ({
      ...p,
      index: i + 1,
      x: Math.round((WIDTH / 2 + (p.lon - midLon) * scale) * 10) / 10,
      y: Math.round((HEIGHT / 2 - (p.lat - midLat) * scale) * 10) / 10,
    }));
  });
}
