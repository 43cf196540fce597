import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EMPTY_TRACKER_FILTERS, TrackerStore } from '@accord/follow-up/data-access';
import { TrackerTableComponent } from '@accord/follow-up/ui';
import { AuthStore, LiveUpdatesClient, OrganisationsStore } from '@accord/portal/data-access';
import { LiveStatusComponent, LoadStateComponent } from '@accord/portal/ui';
import { FollowButtonComponent } from '@accord/subscriptions/data-access';
import { RecommendationReportsComponent } from './recommendation-reports.component';
import { ReportFormComponent } from './report-form.component';
import { RespondFormComponent } from './respond-form.component';
import { TRACKER_STRINGS } from './strings';

@Component({
  selector: 'acc-recommendation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TrackerStore],
  imports: [RouterLink, LocalDatePipe, TrackerTableComponent, LiveStatusComponent, LoadStateComponent, RespondFormComponent, ReportFormComponent, RecommendationReportsComponent, FollowButtonComponent],
  template: `
    <p><a routerLink="/follow-up">{{ s.back }}</a></p>
    <acc-load-state testId="recommendation" [loading]="store.loading() && !first()" [error]="store.error()" [empty]="store.empty()"
      [loadingText]="s.loading" [emptyText]="s.notFound" (retry)="store.load()" />
    @if (first(); as r) {
      <div class="top">
        <h1 data-testid="recommendation-title">{{ r.title }}</h1>
        <acc-follow-button kind="recommendation" [targetId]="r.recommendationId" [label]="r.title" />
        <acc-live-status [state]="live.state()" />
      </div>
      <dl class="facts">
        <div><dt>{{ s.process }}</dt><dd>{{ r.process }}</dd></div>
        <div><dt>{{ s.meeting }}</dt><dd>{{ r.meetingTitle }}</dd></div>
        <div><dt>{{ s.due }}</dt><dd><time [attr.datetime]="r.dueDate">{{ r.dueDate | date: 'mediumDate' : 'UTC' }}</time></dd></div>
      </dl>
      <p class="visually-hidden" aria-live="polite" data-testid="recommendation-announcer">{{ announcement() }}</p>
      <section aria-labelledby="rec-addressees">
        <h2 id="rec-addressees">{{ s.addressees }}</h2>
        <acc-tracker-table [rows]="store.items()" [names]="names()" />
      </section>
      <acc-recommendation-reports [recommendationId]="r.recommendationId" [names]="names()" [revision]="store.items()" />
      @if (mine(); as row) {
        <p class="done">{{ s.yourTurn }}</p>
        <div class="forms">
          <acc-respond-form [recommendationId]="row.recommendationId" />
          <acc-report-form [recommendationId]="row.recommendationId" />
        </div>
      }
    }
  `,
  styles: `
    .top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem 1rem; }
    .facts { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin: 0 0 1rem; }
    dt { font-weight: 600; font-size: 0.85rem; color: #4a5261; }
    dd { margin: 0; }
    .forms { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); margin-block-start: 1rem; }
  `,
})
export class RecommendationPageComponent {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();
  protected readonly store = inject(TrackerStore);
  protected readonly live = inject(LiveUpdatesClient);
  private readonly orgs = inject(OrganisationsStore);
  private readonly auth = inject(AuthStore);
  protected readonly s = TRACKER_STRINGS.recommendation;
  protected readonly first = computed(() => this.store.items()[0] ?? null);
  protected readonly names = computed(() => Object.fromEntries(this.orgs.all().map((o) => [o.id, o.name])));
  /** The row of the signed-in focal point's organisation, when it is an addressee. */
  protected readonly mine = computed(() => {
    const org = this.auth.organisationId();
    return org && this.auth.hasRole('focal_point') ? (this.store.items().find((r) => r.addresseeId === org) ?? null) : null;
  });
  protected readonly announcement = computed(() => {
    const changed = this.store.lastChange();
    return changed.length ? this.s.announce(changed[0].title) : '';
  });

  constructor() {
    void this.orgs.load();
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.store.pageSize.set(100);
        this.store.filters.set({ ...EMPTY_TRACKER_FILTERS, recommendationId: id });
        void this.store.load(1);
      });
    });
  }
}
