import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LiveUpdatesClient, apiErrorText } from '@accord/portal/data-access';
import { SubscriptionsApi } from './subscriptions-api';
import { FOLLOW_NOTIFICATION_UPDATE_TYPE, FollowNotificationView } from './subscriptions.models';

/** The person's news on what they follow, newest first, paginated; new items arrive live. Provide it in the page. */
@Injectable()
export class FollowNewsStore {
  private readonly api = inject(SubscriptionsApi);
  private readonly live = inject(LiveUpdatesClient);
  readonly items = signal<FollowNotificationView[]>([]);
  readonly total = signal(0);
  readonly unread = signal(0);
  readonly page = signal(1);
  readonly pageSize = signal(10);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly latest = signal<FollowNotificationView | null>(null);
  readonly empty = computed(() => !this.loading() && !this.error() && this.items().length === 0);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<FollowNotificationView>(FOLLOW_NOTIFICATION_UPDATE_TYPE)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => this.add(u.view));
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.load(this.page()));
  }

  async load(page = 1): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.api.notifications(page, this.pageSize());
      this.items.set(result.items);
      this.total.set(result.total);
      this.unread.set(result.unread);
      this.page.set(result.page);
    } catch (error) {
      this.error.set(apiErrorText(error));
    } finally {
      this.loading.set(false);
    }
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
