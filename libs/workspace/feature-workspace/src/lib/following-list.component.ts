import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LoadStateComponent, PagerComponent } from '@accord/portal/ui';
import { FollowsStore, SUBSCRIPTIONS_STRINGS, targetLink } from '@accord/subscriptions/data-access';

/** What the signed-in person follows, with a way to stop; the page provides FollowsStore. */
@Component({
  selector: 'acc-following-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, RouterLink, LoadStateComponent, PagerComponent],
  template: `
    <acc-load-state testId="ws-following" [loading]="store.loading() && store.items().length === 0" [error]="store.error()" [empty]="store.empty()"
      [loadingText]="s.followingLoading" [emptyText]="s.followingEmpty" (retry)="store.load(store.page())" />
    <ul class="list" data-testid="following">
      @for (f of store.items(); track f.followId) {
        <li data-testid="followed" [attr.data-kind]="f.target.kind">
          <span class="what">{{ s.kind[f.target.kind] ?? f.target.kind }}</span>
          @if (f.target.kind === 'organisation') { <span>{{ f.target.id }}</span> }
          @else { <a [routerLink]="link(f.target)">{{ s.open }}<span class="visually-hidden">: {{ s.kind[f.target.kind] }} {{ f.target.id }}</span></a> }
          <time [attr.datetime]="f.since">{{ f.since | date: 'medium' }}</time>
          <button type="button" class="link" (click)="store.unfollow(f)">{{ s.unfollow }}</button>
        </li>
      }
    </ul>
    <acc-pager [page]="store.page()" [pageSize]="store.pageSize()" [total]="store.total()" (pageChange)="store.load($event)" />
  `,
  styles: `
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    li { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; padding-block: 0.5rem; padding-inline: 0.8rem; background: #fff; border: 1px solid #c9d1dc; border-radius: 6px; }
    .what { font-weight: 600; }
    time { font-size: 0.85rem; color: #4a5261; }
    .link { background: none; border: none; color: #1f5fae; text-decoration: underline; cursor: pointer; padding: 0; }
  `,
})
export class FollowingListComponent {
  protected readonly store = inject(FollowsStore);
  protected readonly s = SUBSCRIPTIONS_STRINGS;
  protected readonly link = targetLink;
}
