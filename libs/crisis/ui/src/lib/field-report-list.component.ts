import { LocalDatePipe, LocalNumberPipe } from '@accord/portal/i18n';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CRISIS_UI_STRINGS } from './strings';

type ShownCount = number | string;

export interface FieldReportItem {
  id: string;
  monitorOrganisationId: string;
  place: { name: string; lat: number | null; lon: number | null };
  observedAt: string;
  movements: { direction: string; sex: string; ageBand: string; count: ShownCount }[];
  movementTotal: ShownCount;
  incidents: { kind: string; count: ShownCount }[];
  needs: string[];
}

/** Field reports as cards, newest first as given. A count of 1–4 arrives as '<5' and is shown as such. */
@Component({
  selector: 'acc-field-report-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, LocalDatePipe, LocalNumberPipe],
  template: `
    @if (reports().length === 0) { <p class="muted" data-testid="field-reports-empty">{{ s.none }}</p> }
    @else {
      <ol class="reports" data-testid="field-report-list">
        @for (r of reports(); track r.id) {
          <li class="report" data-testid="field-report" [attr.data-report-id]="r.id">
            <p class="head"><strong data-testid="field-report-place">{{ r.place.name }}</strong> ·
              <time [attr.datetime]="r.observedAt">{{ r.observedAt | date: 'medium' }}</time> · {{ s.monitor }} {{ names()[r.monitorOrganisationId] ?? r.monitorOrganisationId }}</p>
            <dl>
              <dt>{{ s.movements }}</dt>
              <dd data-testid="field-report-total">{{ s.total }}: <ng-container *ngTemplateOutlet="count; context: { $implicit: r.movementTotal }" />
                @if (r.movements.length) {
                  <ul class="parts">@for (m of r.movements; track $index) {
                    <li>{{ s.direction[m.direction] ?? m.direction }} · {{ s.sex[m.sex] ?? m.sex }} · {{ s.ageBand[m.ageBand] ?? m.ageBand }}:
                      <ng-container *ngTemplateOutlet="count; context: { $implicit: m.count }" /></li>
                  }</ul>
                }
              </dd>
              @if (r.incidents.length) {
                <dt>{{ s.incidents }}</dt>
                <dd><ul class="parts">@for (i of r.incidents; track i.kind) {
                  <li>{{ s.incident[i.kind] ?? i.kind }}: <ng-container *ngTemplateOutlet="count; context: { $implicit: i.count }" /></li>
                }</ul></dd>
              }
              @if (r.needs.length) { <dt>{{ s.needs }}</dt><dd>{{ needNames(r.needs) }}</dd> }
            </dl>
          </li>
        }
      </ol>
      @if (hasSmall()) { <p class="hint" data-testid="field-report-small">{{ s.smallLegend }}</p> }
    }
    <ng-template #count let-c>
      @if (c === '<5') { <abbr [title]="s.smallHint" data-testid="count-small">&lt;5</abbr> }
      @else if (c === 'withheld') { <abbr [title]="s.withheldHint">{{ s.withheld }}</abbr> }
      @else { <span class="num">{{ c | localNumber }}</span> }
    </ng-template>
  `,
  styles: `
    .reports { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }
    .report { padding-block: 0.5rem; padding-inline: 0.75rem; background: #fff; border: 1px solid #c9d1dc; border-inline-start: 4px solid #0f3d73; border-radius: 6px; }
    .head { margin-block: 0 0.3rem; margin-inline: 0; overflow-wrap: anywhere; }
    dl { margin: 0; display: grid; gap: 0.2rem; }
    dt { font-weight: 600; font-size: 0.9rem; }
    dd { margin: 0; }
    .parts { margin-block: 0.2rem 0; margin-inline: 0; padding-inline-start: 1.2rem; }
    .num { font-variant-numeric: tabular-nums; }
    .muted { color: #4a5261; }
  `,
})
export class FieldReportListComponent {
  readonly reports = input<FieldReportItem[]>([]);
  readonly names = input<Partial<Record<string, string>>>({});
  protected readonly s = CRISIS_UI_STRINGS.field;

  protected hasSmall(): boolean {
    return this.reports().some((r) => [r.movementTotal, ...r.movements.map((m) => m.count), ...r.incidents.map((i) => i.count)].includes('<5'));
  }

  protected needNames(needs: string[]): string {
    return needs.map((n) => this.s.need[n] ?? n).join(', ');
  }
}
