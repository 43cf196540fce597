import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CRISIS_UI_STRINGS } from './strings';

export interface PresenceRowData {
  stateOrganisationId: string;
  reportedAt: string;
  places: { place: string; count: number | string }[];
  total: number | string;
  needs: string[];
}

@Component({
  selector: 'acc-presence-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe],
  template: `
    @if (rows().length === 0) { <p data-testid="presence-empty">{{ s.none }}</p> }
    @else {
      <div class="scroll" tabindex="0" role="region" [attr.aria-label]="s.caption">
        <table data-testid="presence-table">
          <caption class="visually-hidden">{{ s.caption }}</caption>
          <thead><tr><th scope="col">{{ s.state }}</th><th scope="col">{{ s.total }}</th><th scope="col">{{ s.places }}</th><th scope="col">{{ s.needs }}</th><th scope="col">{{ s.reported }}</th></tr></thead>
          <tbody>
            @for (r of rows(); track r.stateOrganisationId) {
              <tr data-testid="presence-row" [attr.data-state]="r.stateOrganisationId">
                <th scope="row">{{ names()[r.stateOrganisationId] ?? r.stateOrganisationId }}</th>
                <td class="num" data-testid="presence-total">@if (r.total === 'withheld') { <abbr [title]="s.withheldHint">{{ s.withheld }}</abbr> } @else { {{ r.total }} }</td>
                <td>@for (p of r.places; track p.place; let last = $last) { {{ p.place }}: {{ p.count }}@if (!last) {, } }</td>
                <td>{{ needNames(r.needs) }}</td>
                <td><time [attr.datetime]="r.reportedAt">{{ r.reportedAt | date: 'short' }}</time></td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; min-inline-size: 100%; background: #fff; }
    th, td { text-align: start; padding-block: 0.4rem; padding-inline: 0.5rem; border-block-end: 1px solid #c9d1dc; vertical-align: top; }
    thead th { background: #eef1f5; font-size: 0.9rem; }
    .num { font-variant-numeric: tabular-nums; font-weight: 600; }
  `,
})
export class PresenceTableComponent {
  readonly rows = input<PresenceRowData[]>([]);
  readonly names = input<Partial<Record<string, string>>>({});
  protected readonly s = CRISIS_UI_STRINGS.presence;
  protected needNames(needs: string[]): string {
    return needs.map((n) => CRISIS_UI_STRINGS.needs[n] ?? n).join(', ');
  }
}
