import { ChangeDetectionStrategy, Component, ElementRef, afterRenderEffect, computed, input, signal, viewChild } from '@angular/core';
import { CRISIS_UI_STRINGS } from './strings';

interface MapLocation {
  id: string;
  name: string;
  path: string;
}

interface SvgMap {
  viewBox: string;
  locations: MapLocation[];
}

const PAD = 1.5;

/**
 * An offline world map (@svg-maps/world, bundled in a lazy chunk: nothing is fetched from a map
 * server) centred on the affected country, which is highlighted. The country name is given in text
 * beside it, so the picture is decorative for screen readers apart from its label.
 */
@Component({
  selector: 'acc-world-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (map(); as m) {
      <svg #svg class="map" [attr.viewBox]="viewBox() ?? m.viewBox" role="img" [attr.aria-label]="s.label(countryName() || country())"
        data-testid="world-map" [attr.data-country]="country()">
        @for (l of m.locations; track l.id) {
          <path [attr.d]="l.path" [class.hit]="l.id === key()" [attr.data-id]="l.id" />
        }
      </svg>
    } @else {
      <p class="note" role="status">{{ failed() ? s.failed : s.loading }}</p>
    }
  `,
  styles: `
    :host { display: block; }
    .map { inline-size: 100%; block-size: auto; aspect-ratio: 3 / 2; background: #dbe9f6; border: 1px solid #9aa5b4; border-radius: 8px; }
    path { fill: #f4f1ea; stroke: #8a8f99; stroke-width: 0.3; }
    path.hit { fill: #b3261e; stroke: #5c0f0a; stroke-width: 0.6; }
    .note { margin: 0; padding: 2rem; text-align: center; border: 1px dashed #9aa5b4; border-radius: 8px; }
  `,
})
export class WorldMapComponent {
  /** ISO 3166-1 alpha-2 code, e.g. 'LY'. */
  readonly country = input.required<string>();
  readonly countryName = input('');
  protected readonly s = CRISIS_UI_STRINGS.map;
  protected readonly map = signal<SvgMap | null>(null);
  protected readonly failed = signal(false);
  protected readonly viewBox = signal<string | null>(null);
  protected readonly key = computed(() => this.country().toLowerCase());
  private readonly svg = viewChild<ElementRef<SVGSVGElement>>('svg');

  constructor() {
    import('@svg-maps/world').then(
      (m) => this.map.set(m.default as unknown as SvgMap),
      (error: unknown) => {
        console.error('world map failed to load', error);
        this.failed.set(true);
      },
    );
    // Zoom to the highlighted country once its shape is in the DOM (getBBox needs layout).
    afterRenderEffect(() => {
      this.key();
      const svg = this.svg()?.nativeElement;
      const hit = svg?.querySelector<SVGPathElement>('path.hit');
      if (!hit) return;
      const b = hit.getBBox();
      const size = Math.max(b.width, b.height * 1.5, 40) * (1 + PAD * 2);
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      this.viewBox.set(`${(cx - size / 2).toFixed(1)} ${(cy - size / 3).toFixed(1)} ${size.toFixed(1)} ${((size * 2) / 3).toFixed(1)}`);
    });
  }
}
