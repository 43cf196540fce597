import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@accord/portal/i18n';
import { ASSESSMENT_UI_STRINGS } from './strings';

const ROW = 46;
const NODE_W = 180;
const NODE_H = 34;
const PAD = 10;
const MAX_LABEL = 26;

interface Node {
  x: number;
  y: number;
  label: string;
  full: string;
}

interface Edge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const short = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/**
 * Recommendation → commitment → local action, drawn: the vertical (national ↔ local) and horizontal
 * (process ↔ State) coordination the report asks to see at a glance. A picture only: the lists beside it
 * are its text alternative, so it is one labelled image for assistive technology. Mirrored in Arabic.
 */
@Component({
  selector: 'acc-links-graph',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="graph" data-testid="links-graph">
      <svg [attr.viewBox]="'0 0 600 ' + height()" role="img" [attr.aria-label]="summary()" preserveAspectRatio="xMidYMin meet">
        <title>{{ summary() }}</title>
        <defs>
          <marker id="acc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="#4a5261" />
          </marker>
        </defs>
        @for (e of edges(); track $index) {
          <line [attr.x1]="e.x1" [attr.y1]="e.y1" [attr.x2]="e.x2" [attr.y2]="e.y2" stroke="#4a5261" stroke-width="1.5" marker-end="url(#acc-arrow)" />
        }
        @for (n of recommendationNodes(); track $index) {
          <g class="node rec"><rect [attr.x]="n.x" [attr.y]="n.y" [attr.width]="w" [attr.height]="h" rx="6" /><text [attr.x]="n.x + w / 2" [attr.y]="n.y + 21">{{ n.label }}<title>{{ n.full }}</title></text></g>
        }
        <g class="node centre"><rect [attr.x]="centre().x" [attr.y]="centre().y" [attr.width]="w" [attr.height]="h" rx="6" /><text [attr.x]="centre().x + w / 2" [attr.y]="centre().y + 21">{{ centre().label }}</text></g>
        @for (n of actionNodes(); track $index) {
          <g class="node action"><rect [attr.x]="n.x" [attr.y]="n.y" [attr.width]="w" [attr.height]="h" rx="6" /><text [attr.x]="n.x + w / 2" [attr.y]="n.y + 21">{{ n.label }}<title>{{ n.full }}</title></text></g>
        }
      </svg>
      <figcaption>{{ summary() }}</figcaption>
    </figure>
  `,
  styles: `
    .graph { margin: 0.5rem 0 1rem; }
    svg { inline-size: 100%; max-inline-size: 40rem; block-size: auto; display: block; }
    text { font: 12px system-ui, sans-serif; text-anchor: middle; fill: #1b1f27; }
    .rec rect { fill: #eef3fb; stroke: #2f5d9b; }
    .centre rect { fill: #fff7e0; stroke: #8a6100; stroke-width: 2; }
    .action rect { fill: #edf7ef; stroke: #2e6b3a; }
    figcaption { font-size: 0.85rem; color: #4a5261; margin-block-start: 0.25rem; }
  `,
})
export class LinksGraphComponent {
  readonly recommendations = input<string[]>([]);
  readonly localActions = input<string[]>([]);
  protected readonly w = NODE_W;
  protected readonly h = NODE_H;
  protected readonly s = ASSESSMENT_UI_STRINGS;
  private readonly i18n = inject(I18nService);

  /** Columns follow reading order: recommendations first, local actions last (right to left in Arabic). */
  private readonly columns = computed(() => {
    const xs = [PAD, 300 - NODE_W / 2, 600 - PAD - NODE_W];
    return this.i18n.direction() === 'rtl' ? { from: xs[2], centre: xs[1], to: xs[0] } : { from: xs[0], centre: xs[1], to: xs[2] };
  });
  private readonly rows = computed(() => Math.max(this.recommendations().length, this.localActions().length, 1));
  protected readonly height = computed(() => this.rows() * ROW + PAD);

  protected readonly centre = computed<Node>(() => {
    const y = (this.height() - NODE_H) / 2;
    return { x: this.columns().centre, y, label: this.s.thisCommitment, full: this.s.thisCommitment };
  });
  protected readonly recommendationNodes = computed(() => this.column(this.recommendations(), this.columns().from));
  protected readonly actionNodes = computed(() => this.column(this.localActions(), this.columns().to));

  protected readonly edges = computed<Edge[]>(() => {
    const c = this.centre();
    const rtl = this.i18n.direction() === 'rtl';
    const into = (n: Node): Edge => ({ x1: rtl ? n.x : n.x + NODE_W, y1: n.y + NODE_H / 2, x2: rtl ? c.x + NODE_W : c.x, y2: c.y + NODE_H / 2 });
    const outOf = (n: Node): Edge => ({ x1: rtl ? c.x : c.x + NODE_W, y1: c.y + NODE_H / 2, x2: rtl ? n.x + NODE_W : n.x, y2: n.y + NODE_H / 2 });
    return [...this.recommendationNodes().map(into), ...this.actionNodes().map(outOf)];
  });

  protected readonly summary = computed(() => this.s.graphSummary(this.recommendations().length, this.localActions().length));

  private column(labels: string[], x: number): Node[] {
    const top = (this.height() - labels.length * ROW) / 2 + (ROW - NODE_H) / 2;
    return labels.map((label, i) => ({ x, y: top + i * ROW, label: short(label), full: label }));
  }
}
