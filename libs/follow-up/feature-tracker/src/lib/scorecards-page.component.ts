import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FollowUpApi, Scorecard, ScorecardBy } from '@accord/follow-up/data-access';
import { OrganisationsStore, apiErrorText, inputValue } from '@accord/portal/data-access';
import { BarChartComponent, BarDatum, LoadStateComponent } from '@accord/portal/ui';
import { scorecardExportLinks } from './scorecard-export-links';
import { TRACKER_STRINGS } from './strings';

@Component({
  selector: 'acc-scorecards-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChartComponent, LoadStateComponent],
  template: `
    <h1>{{ s.heading }}</h1>
    <p>{{ s.intro }}</p>
    <fieldset class="by">
      <legend>{{ s.by }}</legend>
      <label><input type="radio" name="by" value="process" [checked]="by() === 'process'" (change)="load('process')" /> {{ s.byProcess }}</label>
      <label><input type="radio" name="by" value="addressee" [checked]="by() === 'addressee'" (change)="load('addressee')" data-testid="by-addressee" /> {{ s.byAddressee }}</label>
    </fieldset>
    <div class="field as-of-field">
      <label for="sc-as-of">{{ a.label }}</label>
      <input id="sc-as-of" type="date" data-testid="scorecards-as-of" [value]="asOf()" [max]="today" (change)="pickAsOf($event)" aria-describedby="sc-as-of-hint" />
      <span id="sc-as-of-hint" class="hint">{{ a.hint }}</span>
    </div>
    @if (asOf(); as day) {
      <div class="as-of" role="status" data-testid="scorecards-as-of-notice">
        <span aria-hidden="true">⏱</span> {{ a.notice(day) }}
        <button type="button" (click)="setAsOf('')" data-testid="scorecards-back-to-today">{{ a.backToToday }}</button>
      </div>
    }
    <p class="exports" data-testid="scorecard-exports">{{ x.label }}
      <a [href]="exports().csv" download data-testid="scorecard-export-csv">{{ x.csv }}</a> ·
      <a [href]="exports().json" download data-testid="scorecard-export-json">{{ x.json }}</a>
      @if (asOf()) { <span class="hint"> {{ a.exportsToday }}</span> }
    </p>
    <acc-load-state testId="scorecards" [loading]="loading()" [error]="error()" [empty]="!loading() && !error() && cards().length === 0"
      [loadingText]="s.loading" [emptyText]="s.empty" (retry)="load(by())" />
    @if (cards().length) {
      <div class="charts" data-testid="scorecards">
        <acc-bar-chart [caption]="s.responded" [data]="chart('respondedShare')" [itemHeader]="s.key" testId="chart-responded" />
        <acc-bar-chart [caption]="s.onTime" [data]="chart('reportedOnTimeShare')" [itemHeader]="s.key" testId="chart-on-time" />
      </div>
      <h2>{{ s.table }}</h2>
      <div class="scroll" tabindex="0" role="region" [attr.aria-label]="s.table">
        <table data-testid="scorecards-table">
          <thead><tr><th scope="col">{{ s.key }}</th><th scope="col">{{ s.obligations }}</th><th scope="col">{{ s.responded }}</th>
            <th scope="col">{{ s.onTime }}</th><th scope="col">{{ s.linked }}</th><th scope="col">{{ s.fulfilled }}</th></tr></thead>
          <tbody>
            @for (c of named(); track c.key) {
              <tr><th scope="row">{{ c.label }}</th><td>{{ c.obligations }}</td><td>{{ s.pct(c.respondedShare) }}</td><td>{{ s.pct(c.reportedOnTimeShare) }}</td>
                <td>{{ c.linkedCommitments }}</td><td>{{ s.pct(c.linkedCommitmentsFulfilledShare) }}</td></tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .by { display: flex; flex-wrap: wrap; gap: 1rem; border: 1px solid #c9d1dc; border-radius: 6px; margin-block-end: 1rem; }
    .by label { display: inline-flex; gap: 0.4rem; align-items: center; font-weight: normal; }
    .by input[type='radio'] { inline-size: 1.1rem; min-block-size: 1.1rem; block-size: 1.1rem; padding: 0; flex: none; }
    .charts { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); padding: 1rem; background: #fff; border: 1px solid #c9d1dc; border-radius: 8px; }
    .scroll { overflow-x: auto; }
    .exports { margin-block: 0 1rem; font-size: 0.9rem; }
    .as-of-field { display: grid; gap: 0.3rem; max-inline-size: 16rem; margin-block-end: 0.75rem; }
    .as-of { margin-block: 0 0.75rem; padding-block: 0.6rem; padding-inline: 0.9rem; border: 2px solid #0f3d73; border-radius: 8px; background: #eef4fb; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    table { border-collapse: collapse; background: #fff; min-inline-size: 100%; }
    th, td { text-align: start; padding-block: 0.4rem; padding-inline: 0.6rem; border-block-end: 1px solid #c9d1dc; font-variant-numeric: tabular-nums; }
    thead th { background: #eef1f5; }
  `,
})
export class ScorecardsPageComponent {
  private readonly api = inject(FollowUpApi);
  private readonly orgs = inject(OrganisationsStore);
  protected readonly s = TRACKER_STRINGS.scorecards;
  protected readonly by = signal<ScorecardBy>('process');
  protected readonly x = TRACKER_STRINGS.scorecardExport;
  protected readonly a = TRACKER_STRINGS.asOf;
  /** The picker's upper bound: the server refuses a day after today (UTC). */
  protected readonly today = new Date().toISOString().slice(0, 10);
  protected readonly asOf = signal('');
  private ticket = 0;
  protected readonly exports = computed(() => scorecardExportLinks(this.by()));
  protected readonly cards = signal<Scorecard[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly named = computed(() =>
    this.cards().map((c) => ({ ...c, label: this.by() === 'addressee' ? this.orgs.name(c.key) : c.key })),
  );

  constructor() {
    void this.orgs.load();
    void this.load('process');
  }

  protected chart(field: 'respondedShare' | 'reportedOnTimeShare'): BarDatum[] {
    return this.named().map((c) => ({ label: c.label, value: c[field] }));
  }

  protected pickAsOf(event: Event): void {
    this.setAsOf(inputValue(event));
  }

  protected setAsOf(day: string): void {
    this.asOf.set(day);
    void this.load(this.by());
  }

  protected async load(by: ScorecardBy): Promise<void> {
    const ticket = ++this.ticket;
    this.by.set(by);
    this.loading.set(true);
    this.error.set(null);
    try {
      const cards = await this.api.scorecards(by, this.asOf() || undefined);
      // A later choice (another day, another grouping) may have answered first: keep only the last.
      if (ticket === this.ticket) this.cards.set(cards);
    } catch (error) {
      if (ticket === this.ticket) this.error.set(apiErrorText(error));
    } finally {
      if (ticket === this.ticket) this.loading.set(false);
    }
  }
}
