import { Injectable, inject, signal } from '@angular/core';
import { ApiError, PagedList, apiErrorText } from '@accord/portal/data-access';
import { SubscriptionsApi } from './subscriptions-api';
import { DeliveryView, NewWebhook, WebhookRegistered, WebhookView } from './subscriptions.models';

/** The organisation's webhooks, the secret of the one just registered (once), and one delivery log. Provide it in the page. */
@Injectable()
export class WebhooksStore extends PagedList<WebhookView> {
  private readonly api: SubscriptionsApi;
  readonly saving = signal(false);
  readonly formError = signal<string | null>(null);
  readonly fieldErrors = signal<Partial<Record<string, string>>>({});
  /** Shown once (after a registration or a rotation), then forgotten when the person says they stored it. */
  readonly secret = signal<WebhookRegistered | null>(null);
  /** The webhook whose secret the person asked to replace, waiting for them to confirm. */
  readonly confirmingRotation = signal<WebhookView | null>(null);
  readonly rotating = signal(false);

  readonly selected = signal<WebhookView | null>(null);
  /** The delivery log of the selected webhook. */
  readonly deliveryLog: PagedList<DeliveryView>;
  readonly resent = signal<string | null>(null);

  constructor() {
    const api = inject(SubscriptionsApi);
    super((page, size) => api.webhooks(page, size));
    this.api = api;
    this.deliveryLog = new PagedList<DeliveryView>((page, size) => api.deliveries(this.selectedId(), page, size));
  }

  load(page = 1): Promise<void> {
    return this.goTo(page);
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

  /** Replacing the secret breaks the receiver until it has the new one: asked first, done on `rotateSecret`. */
  askToRotate(w: WebhookView | null): void {
    this.confirmingRotation.set(w);
  }

  async rotateSecret(w: WebhookView): Promise<void> {
    this.rotating.set(true);
    this.error.set(null);
    try {
      const answer = await this.api.rotateWebhookSecret(w.id);
      this.secret.set(answer.secret === null ? null : answer);
      this.confirmingRotation.set(null);
    } catch (error) {
      this.error.set(apiErrorText(error));
    } finally {
      this.rotating.set(false);
    }
  }

  async setActive(w: WebhookView, active: boolean): Promise<void> {
    try {
      await this.api.setWebhookActive(w.id, active);
      await this.load(this.page());
    } catch (error) {
      this.error.set(apiErrorText(error));
    }
  }

  showDeliveries(w: WebhookView, page = 1): Promise<void> {
    if (this.selected()?.id !== w.id) this.deliveryLog.reset();
    this.selected.set(w);
    return this.deliveryLog.goTo(page);
  }

  async resend(d: DeliveryView): Promise<void> {
    const w = this.selected();
    if (!w) return;
    try {
      await this.api.resend(w.id, d.id);
      this.resent.set(d.id);
      await this.showDeliveries(w, this.deliveryLog.page());
    } catch (error) {
      this.deliveryLog.error.set(apiErrorText(error));
    }
  }

  private selectedId(): string {
    const w = this.selected();
    if (!w) throw new Error('no webhook selected');
    return w.id;
  }
}
