import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { EMPTY_LOCAL_ACTION_FILTERS, LOCAL_ACTION_STATUSES, LocalActionFeedStore } from '@accord/local-actions/data-access';
import { LOCAL_ACTION_UI_STRINGS, LocalActionCardComponent } from '@accord/local-actions/ui';
import { AuthStore, LiveUpdatesClient, inputValue } from '@accord/portal/data-access';
import { LiveStatusComponent, LoadStateComponent, PagerComponent } from '@accord/portal/ui';
import { LOCAL_ACTION_STRINGS } from './strings';

@Component({
  selector: 'acc-local-action-feed-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [LocalActionFeedStore],
  imports: [RouterLink, LocalActionCardComponent, LiveStatusComponent, LoadStateComponent, PagerComponent],
  template: `
    <div class="top">
      <div><h1>{{ s.heading }}</h1><p>{{ s.intro }}</p></div>
      <div class="side">
        <acc-live-status [state]="live.state()" />
        @if (canReport()) { <a class="button primary" routerLink="/local-actions/new">{{ s.report }}</a> }
      </div>
    </div>
    <form class="filters" role="search" [attr.aria-label]="s.filters" (submit)="$event.preventDefault(); apply(country.value, status.value)">
      <div class="field"><label for="la-country">{{ s.country }}</label>
        <input #country id="la-country" maxlength="2" autocomplete="off" [value]="store.filters().country" /></div>
      <div class="field"><label for="la-status">{{ s.status }}</label>
        <select #status id="la-status">
          <option value="">{{ s.any }}</option>
          @for (st of statuses; track st) { <option [value]="st" [selected]="st === store.filters().status">{{ ui.status[st] }}</option> }
        </select></div>
      <button type="submit">{{ s.apply }}</button>
    </form>
    <p class="visually-hidden" aria-live="polite" data-testid="local-actions-announcer">{{ announcement() }}</p>
    <section [attr.aria-busy]="store.loading()" aria-labelledby="la-count">
      <h2 id="la-count" class="count">{{ s.results(store.result().total) }}</h2>
      <acc-load-state testId="local-actions" [loading]="store.loading() && store.items().length === 0" [error]="store.error()" [empty]="store.empty()"
        [loadingText]="s.loading" [emptyText]="s.empty" [emptyHint]="s.emptyHint" (retry)="store.load(1)" />
      <ul class="list" data-testid="local-actions">
        @for (a of store.items(); track a.id) { <li data-testid="local-action"><acc-local-action-card [action]="a" [highlighted]="a.id === store.lastChange()?.id" /></li> }
      </ul>
      <acc-pager [page]="store.result().page" [pageSize]="store.pageSize()" [total]="store.result().total" (pageChange)="go($event)" />
    </section>
  `,
  styles: `
    .top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; }
    .side { display: grid; gap: 0.5rem; align-content: start; }
    .filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: end; padding: 1rem; border: 1px solid #c9d1dc; border-radius: 8px; background: #f7f9fc; }
    .filters .field { min-inline-size: 10rem; flex: 1; }
    .count { font-size: 1rem; margin-block: 1rem 0.5rem; }
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); }
  `,
})
export class LocalActionFeedPageComponent {
  protected readonly store = inject(LocalActionFeedStore);
  protected readonly live = inject(LiveUpdatesClient);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Record<string, string> });
  protected readonly s = LOCAL_ACTION_STRINGS.feed;
  protected readonly ui = LOCAL_ACTION_UI_STRINGS;
  protected readonly statuses = LOCAL_ACTION_STATUSES;
  protected readonly canReport = computed(() => this.auth.isFocalPoint() && this.auth.organisationKind() === 'city');
  protected readonly announcement = computed(() => {
    const a = this.store.lastChange();
    return a ? this.s.announce(a.cityName, a.title) : '';
  });
  protected readonly value = inputValue;

  constructor() {
    effect(() => {
      const p = this.params();
      untracked(() => {
        const status = LOCAL_ACTION_STATUSES.find((x) => x === p['status']) ?? '';
        this.store.filters.set({ ...EMPTY_LOCAL_ACTION_FILTERS, country: p['country'] ?? '', status });
        void this.store.load(Math.max(1, Number(p['page']) || 1));
      });
    });
  }

  protected apply(country: string, status: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { country: country.trim().toUpperCase() || null, status: status || null, page: null } });
  }

  protected go(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }
}
