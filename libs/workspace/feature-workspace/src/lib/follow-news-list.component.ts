import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LoadStateComponent, PagerComponent } from '@accord/portal/ui';
import { FollowNewsStore, FollowNotificationView, SUBSCRIPTIONS_STRINGS, targetLink } from '@accord/subscriptions/data-access';

/** News on what the person follows, arriving live; the page provides FollowNewsStore. */
@Component({
  selector: 'acc-follow-news-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, RouterLink, LoadStateComponent, PagerComponent],
  template: `
    @if (store.unread() > 0) {
      <p class="bar"><span data-testid="follow-news-unread">{{ s.unread(store.unread()) }}</span>
        <button type="button" class="link" (click)="store.markAllRead()">{{ s.markAllRead }}</button></p>
    }
    <acc-load-state testId="ws-follow-news" [loading]="store.loading() && store.items().length === 0" [error]="store.error()" [empty]="store.empty()"
      [loadingText]="s.newsLoading" [emptyText]="s.newsEmpty" (retry)="store.load(store.page())" />
    <ul class="list" data-testid="follow-news">
      @for (n of store.items(); track n.id) {
        <li data-testid="follow-notification" [class.unread]="!n.read" [attr.data-type]="n.type">
          <span class="what">{{ s.event[n.type] ?? n.type }}</span>
          @if (title(n); as t) { <span class="title">{{ t }}</span> }
          <time [attr.datetime]="n.at">{{ n.at | date: 'medium' }}</time>
          <span class="actions">
            @if (n.target.kind !== 'organisation') { <a [routerLink]="link(n.target)">{{ s.open }}<span class="visually-hidden">: {{ s.kind[n.target.kind] }}</span></a> }
            @if (!n.read) { <button type="button" class="link" (click)="store.markRead(n)">{{ s.markRead }}</button> }
          </span>
        </li>
      }
    </ul>
    <acc-pager [page]="store.page()" [pageSize]="store.pageSize()" [total]="store.total()" (pageChange)="store.load($event)" />
  `,
  styles: `
    .bar { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin: 0; }
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    li { display: grid; gap: 0.15rem; padding-block: 0.6rem; padding-inline: 0.8rem; background: #fff; border: 1px solid #c9d1dc; border-inline-start: 4px solid #8a94a6; border-radius: 6px; }
    li.unread { border-inline-start-color: #1f5fae; }
    .what { font-weight: 600; }
    time { font-size: 0.85rem; color: #4a5261; }
    .actions { display: flex; gap: 1rem; }
    .link { background: none; border: none; color: #1f5fae; text-decoration: underline; cursor: pointer; padding: 0; }
  `,
})
export class FollowNewsListComponent {
  protected readonly store = inject(FollowNewsStore);
  protected readonly s = SUBSCRIPTIONS_STRINGS;
  protected readonly link = targetLink;

  protected title(n: FollowNotificationView): string {
    const t = n.detail['title'];
    return typeof t === 'string' ? t : '';
  }
}
