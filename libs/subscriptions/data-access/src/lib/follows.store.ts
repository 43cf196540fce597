import { Injectable, inject } from '@angular/core';
import { PagedList, apiErrorText } from '@accord/portal/data-access';
import { SubscriptionsApi } from './subscriptions-api';
import { FollowView } from './subscriptions.models';

/** What the person follows, paginated. Provide it in the page. */
@Injectable()
export class FollowsStore extends PagedList<FollowView> {
  private readonly api: SubscriptionsApi;

  constructor() {
    const api = inject(SubscriptionsApi);
    super((page, size) => api.follows(page, size));
    this.api = api;
  }

  load(page = 1): Promise<void> {
    return this.goTo(page);
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
