import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiError, apiErrorText } from '@accord/portal/data-access';
import { SubscriptionsApi } from './subscriptions-api';
import { DeliveryView, NewWebhook, WebhookRegistered, WebhookView } from './subscriptions.models';

/** The organisation's webhooks, the secret of the one just registered (once), and one delivery log. Provide it in the page. */
@Injectable()
export class WebhooksStore {
  private readonly api = inject(SubscriptionsApi);
  readonly items = signal<WebhookView[]>([]);
  readonly total = signal(0);
  readonly page = signal(1);
  readonly pageSize = signal(10);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly empty = computed(() => !this.loading() && !this.error() && this.items().length === 0);
  readonly saving = signal(false);
  readonly formError = signal<string | null>(null);
  readonly fieldErrors = signal<Partial<Record<string, string>>>({});
  /** Shown once, then forgotten when the person says they stored it. */
  readonly secret = signal<WebhookRegistered | null>(null);

  readonly selected = signal<WebhookView | null>(null);
  readonly deliveries = signal<DeliveryView[]>([]);
  readonly deliveriesTotal = signal(0);
  readonly deliveriesPage = signal(1);
  readonly deliveriesPageSize = signal(10);
  readonly deliveriesLoading = signal(false);
  readonly deliveriesError = signal<string | null>(null);
  readonly resent = signal<string | null>(null);

  async load(page = 1): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.api.webhooks(page, this.pageSize());
      this.items.set(result.items);
      this.total.set(result.total);
      this.page.set(result.page);
    } catch (error) {
      this.error.set(apiErrorText(error));
    } finally {
      this.loading.set(false);
    }
  }

  async register(webhook: NewWebhook): Promise<boolean> {
    this.saving.set(true);
    this.formError.set(null);
    this.fieldErrors.set({});
    try {
      const answer = await this.api.registerWebhook(webhook);
      // A replayed registration carries no secret (never kept by the server): nothing to show.
      this.secret.set(answer.secret === null ? null : answer);
      await this.load(1);
      return true;
    } catch (error) {
      if (error instanceof ApiError) this.fieldErrors.set(error.fieldMessages());
      this.formError.set(apiErrorText(error));
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  forgetSecret(): void {
    this.secret.set(null);
  }

  async setActive(w: WebhookView, active: boolean): Promise<void> {
    try {
      await this.api.setWebhookActive(w.id, active);
      await this.load(this.page());
    } catch (error) {
      this.error.set(apiErrorText(error));
    }
  }

  async showDeliveries(w: WebhookView, page = 1): Promise<void> {
    this.selected.set(w);
    this.deliveriesLoading.set(true);
    this.deliveriesError.set(null);
    try {
      const result = await this.api.deliveries(w.id, page, this.deliveriesPageSize());
      this.deliveries.set(result.items);
      this.deliveriesTotal.set(result.total);
      this.deliveriesPage.set(result.page);
    } catch (error) {
      this.deliveriesError.set(apiErrorText(error));
    } finally {
      this.deliveriesLoading.set(false);
    }
  }

  async resend(d: DeliveryView): Promise<void> {
    const w = this.selected();
    if (!w) return;
    try {
      await this.api.resend(w.id, d.id);
      this.resent.set(d.id);
      await this.showDeliveries(w, this.deliveriesPage());
    } catch (error) {
      this.deliveriesError.set(apiErrorText(error));
    }
  }
}
