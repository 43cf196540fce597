import { DestroyRef, Injectable, WritableSignal, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LiveUpdatesClient, PagedList, ServerPage, apiErrorText } from '@accord/portal/data-access';
import { SubscriptionsApi } from './subscriptions-api';
import { FOLLOW_NOTIFICATION_UPDATE_TYPE, FollowNotificationView } from './subscriptions.models';

/** The person's news on what they follow, newest first, paginated; new items arrive live. Provide it in the page. */
@Injectable()
export class FollowNewsStore extends PagedList<FollowNotificationView, ServerPage<FollowNotificationView> & { unread: number }> {
  private readonly api: SubscriptionsApi;
  readonly unread: WritableSignal<number>;
  readonly latest = signal<FollowNotificationView | null>(null);

  constructor() {
    const api = inject(SubscriptionsApi);
    const unread = signal(0);
    super((page, size) => api.notifications(page, size), { onPage: (page) => unread.set(page.unread) });
    this.api = api;
    this.unread = unread;
    const live = inject(LiveUpdatesClient);
    const destroyRef = inject(DestroyRef);
    live
      .on<FollowNotificationView>(FOLLOW_NOTIFICATION_UPDATE_TYPE)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => this.add(u.view));
    live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.load(this.page()));
  }

  load(page = 1): Promise<void> {
    return this.goTo(page);
  }

  async markRead(n: FollowNotificationView): Promise<void> {
    try {
      await this.api.markRead(n.id);
      this.items.update((list) => list.map((x) => (x.id === n.id ? { ...x, read: true } : x)));
      if (!n.read) this.unread.update((u) => Math.max(0, u - 1));
    } catch (error) {
      this.error.set(apiErrorText(error));
    }
  }

  /** Up to the newest item shown: news that arrives meanwhile stays unread. */
  async markAllRead(): Promise<void> {
    const newest = this.items()[0]?.at ?? new Date().toISOString();
    try {
      await this.api.markAllRead(newest);
      await this.load(this.page());
    } catch (error) {
      this.error.set(apiErrorText(error));
    }
  }

  private add(n: FollowNotificationView): void {
    if (this.items().some((x) => x.id === n.id)) return;
    if (this.page() === 1) this.items.update((list) => [n, ...list].slice(0, this.pageSize()));
    this.total.update((t) => t + 1);
    this.unread.update((u) => u + 1);
    this.latest.set(n);
  }
}
