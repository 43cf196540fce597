import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { EMPTY_TRACKER_FILTERS, TRACKER_STATES, TrackerFilters, TrackerStore } from '@accord/follow-up/data-access';
import { TrackerTableComponent } from '@accord/follow-up/ui';
import { AuthStore, LiveUpdatesClient, OrganisationsStore } from '@accord/portal/data-access';
import { LiveStatusComponent, LoadStateComponent, PagerComponent } from '@accord/portal/ui';
import { TrackerFiltersComponent } from './tracker-filters.component';
import { TRACKER_STRINGS } from './strings';

@Component({
  selector: 'acc-tracker-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TrackerStore],
  imports: [RouterLink, TrackerFiltersComponent, TrackerTableComponent, LiveStatusComponent, LoadStateComponent, PagerComponent],
  template: `
    <div class="top">
      <div>
        <h1>{{ s.heading }}</h1>
        <p>{{ secretariat() ? s.introSecretariat : s.introAddressee }}</p>
      </div>
      <div class="side">
        <acc-live-status [state]="live.state()" />
        <div class="links">
          @if (secretariat()) { <a class="button primary" routerLink="/follow-up/issue" data-testid="issue-link">{{ s.issue }}</a> }
          <a class="button" routerLink="/follow-up/scorecards">{{ s.scorecards }}</a>
        </div>
      </div>
    </div>
    <acc-tracker-filters [filters]="store.filters()" [organisations]="orgs.all()" [showAddressee]="secretariat()" (filtersChange)="navigate($event, 1)" />
    <p class="visually-hidden" aria-live="polite" data-testid="tracker-announcer">{{ announcement() }}</p>
    <section [attr.aria-busy]="store.loading()" aria-labelledby="tr-count">
      <h2 id="tr-count" class="count">{{ s.results(store.result().total) }}</h2>
      <acc-load-state testId="tracker" [loading]="store.loading() && store.items().length === 0" [error]="store.error()" [empty]="store.empty()"
        [loadingText]="s.loading" [emptyText]="s.empty" [emptyHint]="s.emptyHint" (retry)="store.load(store.result().page)" />
      @if (store.items().length) { <acc-tracker-table [rows]="store.items()" [names]="names()" /> }
      <acc-pager [page]="store.result().page" [pageSize]="store.pageSize()" [total]="store.result().total" (pageChange)="navigate(store.filters(), $event)" />
    </section>
  `,
  styles: `
    .top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; }
    h1 { margin-block-end: 0.25rem; }
    .side { display: grid; gap: 0.5rem; align-content: start; }
    .links { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .count { font-size: 1rem; margin-block: 1rem 0.5rem; }
  `,
})
export class TrackerPageComponent {
  protected readonly store = inject(TrackerStore);
  protected readonly live = inject(LiveUpdatesClient);
  protected readonly orgs = inject(OrganisationsStore);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Record<string, string> });
  protected readonly s = TRACKER_STRINGS.tracker;
  protected readonly secretariat = computed(() => this.auth.hasRole('secretariat_officer'));
  protected readonly names = computed(() => Object.fromEntries(this.orgs.all().map((o) => [o.id, o.name])));
  protected readonly announcement = computed(() => {
    const changed = this.store.lastChange();
    return changed.length ? this.s.announce(changed.length, changed[0].title) : '';
  });

  constructor() {
    void this.orgs.load();
    effect(() => {
      const p = this.params();
      untracked(() => {
        const state = TRACKER_STATES.find((x) => x === p['state']) ?? '';
        this.store.filters.set({ ...EMPTY_TRACKER_FILTERS, process: p['process'] ?? '', addresseeId: p['addresseeId'] ?? '', state });
        void this.store.load(Math.max(1, Number(p['page']) || 1));
      });
    });
  }

  protected navigate(f: TrackerFilters, page: number): void {
    const queryParams = { process: f.process || null, addresseeId: f.addresseeId || null, state: f.state || null, page: page > 1 ? page : null };
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
