import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { FieldReportPoint, FieldReportsStore, FieldReportsSummary } from '@accord/crisis/data-access';
import { FieldReportListComponent, FieldReportPointsComponent } from '@accord/crisis/ui';
import { AuthStore } from '@accord/portal/data-access';
import { LoadStateComponent, PagerComponent } from '@accord/portal/ui';
import { FieldReportFormComponent } from './field-report-form.component';
import { CRISIS_STRINGS } from './strings';

/**
 * Field reports of one alert: where (plotted), what (newest first, a page at a time) and, for a civil
 * society monitor while the alert is open, the form to file one. Signed-out readers see nothing here.
 */
@Component({
  selector: 'acc-field-reports-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [FieldReportsStore],
  imports: [FieldReportListComponent, FieldReportPointsComponent, FieldReportFormComponent, LoadStateComponent, PagerComponent],
  template: `
    <section aria-labelledby="room-field" data-testid="room-field-reports">
      <h2 id="room-field">{{ s.heading }}</h2>
      <p class="hint">{{ s.intro }}</p>
      @if (store.restricted()) {
        <p class="hint" data-testid="field-reports-restricted">{{ s.restricted }}</p>
      } @else {
        <acc-load-state testId="field-reports" [loading]="store.loading() && store.items().length === 0" [error]="store.error()" [loadingText]="s.loading"
          (retry)="store.refresh()" />
        <p data-testid="field-reports-total">{{ s.total(store.total()) }}</p>
        <div class="columns">
          <div><h3>{{ s.where }}</h3><acc-field-report-points [points]="points()" /></div>
          <div>
            <h3>{{ s.latest }}</h3>
            <acc-field-report-list [reports]="store.items()" [names]="names()" />
            <acc-pager [page]="store.page()" [pageSize]="store.pageSize()" [total]="store.total()" (pageChange)="store.goTo($event)" />
          </div>
        </div>
      }
      @if (canFile()) { <acc-field-report-form /> }
    </section>
  `,
  styles: `
    section { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; min-inline-size: 0; }
    h2, h3 { margin: 0; }
    h3 { font-size: 1rem; margin-block-end: 0.4rem; }
    .columns { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); align-items: start; }
  `,
})
export class FieldReportsPanelComponent {
  readonly alertId = input.required<string>();
  readonly open = input(true);
  /** The room's summary (all map points), when the viewer is a member of the room. */
  readonly summary = input<FieldReportsSummary | null>(null);
  readonly names = input<Partial<Record<string, string>>>({});
  protected readonly store = inject(FieldReportsStore);
  private readonly auth = inject(AuthStore);
  protected readonly s = CRISIS_STRINGS.fieldReports;
  /** A boolean, so a room update (a new summary object) does not reload the list. */
  private readonly member = computed(() => this.summary() !== null);
  protected readonly canFile = computed(() => this.open() && this.auth.organisationKind() === 'cso' && this.auth.hasRole('focal_point'));
  /** The room's points (members get them all) with those of the page shown, which may be newer. */
  protected readonly points = computed<FieldReportPoint[]>(() => {
    const shown = this.store.items().flatMap((r) => (r.place.lat !== null && r.place.lon !== null ? [{ id: r.id, name: r.place.name, lat: r.place.lat, lon: r.place.lon, observedAt: r.observedAt }] : []));
    const byId = new Map([...(this.summary()?.points ?? []), ...shown].map((p) => [p.id, p]));
    return [...byId.values()].sort((a, b) => b.observedAt.localeCompare(a.observedAt));
  });

  constructor() {
    effect(() => {
      const id = this.alertId();
      const signedIn = this.auth.organisationId();
      // Room members have the summary; a civil society monitor reads the reports of an alert it filed on
      // without being a member. Anyone else would only get a 403, so is not sent to ask.
      const mayRead = signedIn && (this.member() || this.auth.organisationKind() === 'cso');
      untracked(() => (mayRead ? void this.store.load(id) : this.store.restricted.set(true)));
    });
  }
}
