import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthStore, LiveUpdatesClient } from '@accord/portal/data-access';
import { BoardFilters, BoardStore, FILTER_KEYS, ReferenceStore, filtersFromParams } from '@accord/commitments/data-access';
import { CommitmentCardComponent, PaginationComponent, UI_STRINGS } from '@accord/commitments/ui';
import { boardExportLinks } from './board-export-links';
import { BoardFiltersComponent } from './board-filters.component';
import { BOARD_STRINGS } from './strings';

@Component({
  selector: 'acc-board-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BoardStore],
  imports: [RouterLink, BoardFiltersComponent, CommitmentCardComponent, PaginationComponent],
  template: `
    <div class="top">
      <div>
        <h1>{{ s.heading }}</h1>
        <p class="intro">{{ s.intro }}</p>
      </div>
      <div class="side">
        <p class="live" data-testid="live-status" [attr.data-state]="live.state()">
          <span class="dot" aria-hidden="true"></span>{{ s.live[live.state()] }}
        </p>
        @if (auth.isFocalPoint()) { <a class="button primary" routerLink="/commitments/new">{{ s.newCommitment }}</a> }
        <a routerLink="/commitments/changes" data-testid="what-changed-link">{{ s.whatChanged }}</a>
      </div>
    </div>

    <acc-board-filters [filters]="store.filters()" [organisations]="ref.organisations()" [gcmObjectives]="ref.gcmObjectives()"
      [sdgTargets]="ref.sdgTargets()" (filtersChange)="onFilters($event)" />

    @if (exports(); as links) {
      <p class="exports" data-testid="board-exports">{{ x.label }}
        <a [href]="links.csv" download data-testid="export-csv">{{ x.csv }}</a> ·
        <a [href]="links.json" download data-testid="export-json">{{ x.json }}</a>
      </p>
    }

    @if (store.filters().asOf; as asOf) {
      <div class="as-of" role="status" data-testid="as-of-notice">
        <span aria-hidden="true">⏱</span> {{ s.asOfNotice(asOf) }}
        <button type="button" (click)="onFilters({ ...store.filters(), asOf: '' })">{{ s.backToToday }}</button>
      </div>
    }

    <p class="visually-hidden" aria-live="polite" data-testid="board-announcer">{{ announcement() }}</p>

    <section class="results" [attr.aria-busy]="store.loading()" aria-labelledby="results-heading">
      <h2 id="results-heading" class="count">{{ s.results(store.total()) }}</h2>
      @if (store.loading() && store.items().length === 0) {
        <p class="state" role="status" data-testid="board-loading">{{ s.loading }}</p>
      }
      @if (store.error(); as error) {
        <div class="state error" role="alert" data-testid="board-error">
          <p>{{ s.error(error) }}</p>
          <button type="button" (click)="store.load(store.page())">{{ s.retry }}</button>
        </div>
      }
      @if (store.empty()) {
        <div class="state" data-testid="board-empty"><p class="strong">{{ s.empty }}</p><p>{{ s.emptyHint }}</p></div>
      }
      <ul class="list" data-testid="board" [class.stale]="store.loading()">
        @for (c of store.items(); track c.id) {
          <li data-testid="board-item" [attr.data-commitment-id]="c.id" [attr.data-status]="c.status">
            <acc-commitment-card [commitment]="c" [highlighted]="store.highlighted().has(c.id)" [gcmTitles]="gcmTitles()" />
          </li>
        }
      </ul>
      @if (store.total() > store.pageSize()) {
        <acc-pagination [page]="store.page()" [pageSize]="store.pageSize()" [total]="store.total()" (pageChange)="onPage($event)" />
      }
    </section>
  `,
  styles: `
    .top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; align-items: flex-start; }
    h1 { margin-block: 0 0.25rem; }
    .intro { margin-block: 0 1rem; color: #2d3440; max-inline-size: 40rem; }
    .side { display: grid; gap: 0.5rem; justify-items: end; }
    .live { display: inline-flex; align-items: center; gap: 0.4rem; margin: 0; font-size: 0.9rem; }
    .dot { inline-size: 0.6rem; block-size: 0.6rem; border-radius: 50%; background: #8a8f99; }
    [data-state='live'] .dot { background: #1d8a3a; }
    [data-state='offline'] .dot { background: #b3261e; }
    .as-of { margin-block-start: 0.75rem; padding: 0.6rem 0.9rem; border: 2px solid #0f3d73; border-radius: 8px; background: #eef4fb; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    .count { font-size: 1rem; margin-block: 1rem 0.5rem; }
    .exports { margin-block: 0.75rem 0; font-size: 0.9rem; }
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); }
    .list.stale { opacity: 0.6; }
    .state { padding: 1.5rem; border: 1px dashed #9aa5b4; border-radius: 8px; text-align: center; }
    .state p { margin: 0.25rem; }
    .strong { font-weight: 600; }
    .error { border-color: #b3261e; color: #7a1b16; }
    @media (max-width: 40rem) { .side { justify-items: start; } }
  `,
})
export class BoardPageComponent {
  protected readonly store = inject(BoardStore);
  protected readonly ref = inject(ReferenceStore);
  protected readonly live = inject(LiveUpdatesClient);
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Record<string, string> });
  protected readonly s = BOARD_STRINGS;
  protected readonly x = BOARD_STRINGS.export;
  /** Download links carrying the current filters (none for a past board). */
  protected readonly exports = computed(() => boardExportLinks(this.store.filters()));

  protected readonly gcmTitles = computed(() => Object.fromEntries(this.ref.gcmObjectives().map((g) => [g.number, g.title])));

  protected readonly announcement = computed(() => {
    const change = this.store.lastChange();
    if (!change) return '';
    const v = change.view;
    if (change.outcome === 'inserted') return this.s.announce.inserted(v.title);
    if (change.outcome === 'removed') return this.s.announce.removed(v.title);
    return this.s.announce.updated(v.title, UI_STRINGS.status[v.status] ?? v.status, v.latestPercent);
  });

  constructor() {
    void this.ref.load();
    // The URL holds the filters and the page, so a filtered board can be shared and Back works.
    effect(() => {
      const params = this.params();
      const page = Math.max(1, Number(params['page']) || 1);
      untracked(() => {
        this.store.filters.set(filtersFromParams(params));
        void this.store.load(page);
      });
    });
  }

  protected onFilters(filters: BoardFilters): void {
    this.navigate(filters, 1);
  }

  protected onPage(page: number): void {
    this.navigate(this.store.filters(), page);
  }

  private navigate(filters: BoardFilters, page: number): void {
    const queryParams: Record<string, string | null> = { page: page > 1 ? String(page) : null };
    for (const key of FILTER_KEYS) queryParams[key] = filters[key] || null;
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
