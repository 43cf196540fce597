import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ProgressBarComponent } from '@accord/portal/ui';
import { CRISIS_UI_STRINGS } from './strings';

export interface EvacuationData {
  id: string;
  name: string;
  operatorOrganisationId: string;
  progress: { nationality: string; target: number | string; movements: Partial<Record<string, number | string>>; percent: number | null }[];
}

@Component({
  selector: 'acc-evacuation-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProgressBarComponent],
  template: `
    @for (op of operations(); track op.id) {
      <article class="op" data-testid="evacuation" [attr.aria-labelledby]="'op-' + op.id">
        <h3 [id]="'op-' + op.id">{{ op.name }}</h3>
        <p class="muted">{{ s.operator }} {{ names()[op.operatorOrganisationId] ?? op.operatorOrganisationId }}</p>
        @for (p of op.progress; track p.nationality) {
          <acc-progress-bar [label]="s.nationality(p.nationality)" [done]="p.movements['evacuated'] ?? 0" [target]="p.target" [percentValue]="p.percent"
            [id]="'op-' + op.id + '-' + p.nationality" />
          <p class="moves">@for (k of kinds; track k) { @if (p.movements[k] !== undefined) { <span>{{ s.movements[k] }}: {{ p.movements[k] }}</span> } }</p>
        }
      </article>
    } @empty { <p>{{ s.none }}</p> }
  `,
  styles: `
    .op { display: grid; gap: 0.5rem; padding: 1rem; background: #fff; border: 1px solid #c9d1dc; border-radius: 8px; margin-block-end: 0.75rem; }
    h3 { margin: 0; font-size: 1.05rem; }
    .muted { margin: 0; color: #4a5261; font-size: 0.9rem; }
    .moves { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0 0 0.5rem; font-size: 0.85rem; color: #2d3440; }
  `,
})
export class EvacuationProgressComponent {
  readonly operations = input<EvacuationData[]>([]);
  readonly names = input<Partial<Record<string, string>>>({});
  protected readonly s = CRISIS_UI_STRINGS.evacuation;
  protected readonly kinds = ['evacuated', 'in_transit', 'returned', 'reintegration_support'];
}
