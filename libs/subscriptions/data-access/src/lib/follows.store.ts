import { Injectable, computed, inject, signal } from '@angular/core';
import { apiErrorText } from '@accord/portal/data-access';
import { SubscriptionsApi } from './subscriptions-api';
import { FollowView } from './subscriptions.models';

/** What the person follows, paginated. Provide it in the page. */
@Injectable()
export class FollowsStore {
  private readonly api = inject(SubscriptionsApi);
  readonly items = signal<FollowView[]>([]);
  readonly total = signal(0);
  readonly page = signal(1);
  readonly pageSize = signal(10);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly empty = computed(() => !this.loading() && !this.error() && this.items().length === 0);

  async load(page = 1): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.api.follows(page, this.pageSize());
      this.items.set(result.items);
      this.total.set(result.total);
      this.page.set(result.page);
    } catch (error) {
      this.error.set(apiErrorText(error));
    } finally {
      this.loading.set(false);
    }
  }

  async unfollow(f: FollowView): Promise<void> {
    try {
      await this.api.unfollow(f.target);
      await this.load(this.items().length === 1 && this.page() > 1 ? this.page() - 1 : this.page());
    } catch (error) {
      this.error.set(apiErrorText(error));
    }
  }
}
