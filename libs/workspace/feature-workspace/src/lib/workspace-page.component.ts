import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BoardStore, EMPTY_FILTERS } from '@accord/commitments/data-access';
import { CommitmentCardComponent } from '@accord/commitments/ui';
import { NotificationsStore, TrackerStore } from '@accord/follow-up/data-access';
import { TrackerTableComponent } from '@accord/follow-up/ui';
import { AuthStore, LiveUpdatesClient, OrganisationsStore } from '@accord/portal/data-access';
import { LiveStatusComponent, LoadStateComponent } from '@accord/portal/ui';
import { FollowNewsStore, FollowsStore, SUBSCRIPTIONS_STRINGS } from '@accord/subscriptions/data-access';
import { FollowNewsListComponent } from './follow-news-list.component';
import { FollowingListComponent } from './following-list.component';
import { NotificationListComponent } from './notification-list.component';
import { WORKSPACE_STRINGS } from './strings';

@Component({
  selector: 'acc-workspace-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BoardStore, TrackerStore, NotificationsStore, FollowsStore, FollowNewsStore],
  imports: [RouterLink, CommitmentCardComponent, TrackerTableComponent, LiveStatusComponent, LoadStateComponent, NotificationListComponent, FollowingListComponent, FollowNewsListComponent],
  template: `
    <div class="top">
      <div><h1>{{ s.heading(auth.person()?.organisationName ?? '') }}</h1><p>{{ s.intro }}</p></div>
      <acc-live-status [state]="live.state()" />
    </div>
    <p class="visually-hidden" aria-live="polite" data-testid="workspace-announcer">{{ notificationNews() }}</p>
    <p class="visually-hidden" aria-live="polite">{{ commitmentNews() }}</p>
    <p class="visually-hidden" aria-live="polite" data-testid="follow-news-announcer">{{ followNews() }}</p>
    <div class="grid">
      <section class="panel wide" aria-labelledby="ws-commitments">
        <div class="head">
          <h2 id="ws-commitments">{{ s.commitments }} ({{ board.total() }})</h2>
          @if (auth.isFocalPoint()) { <a class="button primary" routerLink="/commitments/new">{{ s.newCommitment }}</a> }
        </div>
        <acc-load-state testId="ws-commitments" [loading]="board.loading() && board.items().length === 0" [error]="board.error()" [empty]="board.empty()"
          [loadingText]="s.commitmentsLoading" [emptyText]="s.commitmentsEmpty" (retry)="board.load(1)" />
        <ul class="cards" data-testid="workspace-commitments">
          @for (c of board.items(); track c.id) {
            <li data-testid="board-item" [attr.data-commitment-id]="c.id"><acc-commitment-card [commitment]="c" [highlighted]="board.highlighted().has(c.id)" /></li>
          }
        </ul>
        @if (board.total() > board.items().length) { <p><a routerLink="/" [queryParams]="{ organisationId: auth.organisationId() }">{{ s.allCommitments }}</a></p> }
      </section>
      <section class="panel wide" aria-labelledby="ws-recs">
        <div class="head">
          <h2 id="ws-recs">{{ secretariat() ? s.recommendationsSecretariat : s.recommendations }} ({{ tracker.result().total }})</h2>
          <a routerLink="/follow-up">{{ s.tracker }}</a>
        </div>
        <acc-load-state testId="ws-recommendations" [loading]="tracker.loading() && tracker.items().length === 0" [error]="tracker.error()" [empty]="tracker.empty()"
          [loadingText]="s.recommendationsLoading" [emptyText]="s.recommendationsEmpty" (retry)="tracker.load(1)" />
        @if (tracker.items().length) { <acc-tracker-table [rows]="tracker.items()" [names]="names()" /> }
      </section>
      <section class="panel" aria-labelledby="ws-notes">
        <h2 id="ws-notes">{{ s.notifications }} ({{ notes.total() }})</h2>
        <acc-load-state testId="ws-notifications" [loading]="notes.loading() && notes.items().length === 0" [error]="notes.error()" [empty]="notes.empty()"
          [loadingText]="s.notificationsLoading" [emptyText]="s.notificationsEmpty" (retry)="notes.load()" />
        <acc-notification-list [items]="notes.items()" />
      </section>
      <section class="panel" aria-labelledby="ws-follow-news">
        <h2 id="ws-follow-news">{{ f.newsHeading }} ({{ followNewsStore.total() }})</h2>
        <acc-follow-news-list />
      </section>
      <section class="panel" aria-labelledby="ws-following">
        <div class="head">
          <h2 id="ws-following">{{ f.followingHeading }} ({{ follows.total() }})</h2>
          @if (auth.hasRole('focal_point', 'secretariat_officer')) { <a routerLink="/workspace/webhooks" data-testid="webhooks-link">{{ f.webhooksLink }}</a> }
        </div>
        <acc-following-list />
      </section>
    </div>
  `,
  styles: `
    .top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; align-items: flex-start; }
    .grid { display: grid; gap: 1.25rem; }
    .panel { display: grid; gap: 0.75rem; align-content: start; min-inline-size: 0; }
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem; }
    h2 { margin: 0; }
    .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); }
  `,
})
export class WorkspacePageComponent {
  protected readonly auth = inject(AuthStore);
  protected readonly live = inject(LiveUpdatesClient);
  protected readonly board = inject(BoardStore);
  protected readonly tracker = inject(TrackerStore);
  protected readonly notes = inject(NotificationsStore);
  protected readonly follows = inject(FollowsStore);
  protected readonly followNewsStore = inject(FollowNewsStore);
  protected readonly f = SUBSCRIPTIONS_STRINGS;
  private readonly orgs = inject(OrganisationsStore);
  protected readonly s = WORKSPACE_STRINGS;
  protected readonly secretariat = computed(() => this.auth.hasRole('secretariat_officer'));
  protected readonly names = computed(() => Object.fromEntries(this.orgs.all().map((o) => [o.id, o.name])));
  protected readonly notificationNews = computed(() => {
    const n = this.notes.latest();
    return n ? this.s.announceNotification(this.s.notification[n.kind] ?? n.kind) : '';
  });
  protected readonly followNews = computed(() => {
    const n = this.followNewsStore.latest();
    return n ? this.f.announce(this.f.event[n.type] ?? n.type) : '';
  });
  protected readonly commitmentNews = computed(() => {
    const c = this.board.lastChange();
    return c ? this.s.announceCommitment(c.view.title) : '';
  });

  constructor() {
    void this.orgs.load();
    this.board.pageSize.set(12);
    void this.board.setFilters({ ...EMPTY_FILTERS, organisationId: this.auth.organisationId() ?? '' });
    this.tracker.pageSize.set(10);
    void this.tracker.load(1);
    void this.notes.load();
    void this.follows.load(1);
    void this.followNewsStore.load(1);
  }
}
