import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FollowUpApi, Scorecard, ScorecardBy } from '@accord/follow-up/data-access';
import { OrganisationsStore, apiErrorText } from '@accord/portal/data-access';
import { BarChartComponent, BarDatum, LoadStateComponent } from '@accord/portal/ui';
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
    .charts { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); padding: 1rem; background: #fff; border: 1px solid #c9d1dc; border-radius: 8px; }
    .scroll { overflow-x: auto; }
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

  protected async load(by: ScorecardBy): Promise<void> {
    this.by.set(by);
    this.loading.set(true);
    this.error.set(null);
    try {
      this.cards.set(await this.api.scorecards(by));
    } catch (error) {
      this.error.set(apiErrorText(error));
    } finally {
      this.loading.set(false);
    }
  }
}
