import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LiveUpdatesClient, apiErrorText } from '@accord/portal/data-access';
import { FollowUpApi } from './follow-up-api';
import { NOTIFICATION_UPDATE_TYPE, NotificationView } from './follow-up.models';

/** The organisation's notifications, newest first; new ones arrive live. Provide it in the page. */
@Injectable()
export class NotificationsStore {
  private readonly api = inject(FollowUpApi);
  private readonly live = inject(LiveUpdatesClient);
  readonly items = signal<NotificationView[]>([]);
  readonly total = signal(0);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly latest = signal<NotificationView | null>(null);
  readonly empty = computed(() => !this.loading() && !this.error() && this.items().length === 0);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<NotificationView>(NOTIFICATION_UPDATE_TYPE)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => this.add(u.view));
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.load());
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.notifications(1, 20);
      this.items.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      this.error.set(apiErrorText(error));
    } finally {
      this.loading.set(false);
    }
  }

  private add(n: NotificationView): void {
    if (this.items().some((x) => x.eventId === n.eventId)) return;
    this.items.update((list) => [n, ...list].slice(0, 20));
    this.total.update((t) => t + 1);
    this.latest.set(n);
  }
}
