import { Injectable, inject } from '@angular/core';
import { ApiClient, ServerPage } from '@accord/portal/data-access';
import { DeliveryView, FollowNotificationView, FollowResult, FollowTarget, FollowView, NewWebhook, WebhookRegistered, WebhookRegistrationReplayed, WebhookView } from './subscriptions.models';

@Injectable({ providedIn: 'root' })
export class SubscriptionsApi {
  private readonly api = inject(ApiClient);

  follows(page: number, pageSize: number, target?: FollowTarget): Promise<ServerPage<FollowView>> {
    return this.api.get('/api/me/follows', { page, pageSize, ...(target ? { kind: target.kind, targetId: target.id } : {}) }, { noStore: true });
  }

  follow(target: FollowTarget): Promise<FollowResult> {
    return this.api.post('/api/me/follows', target);
  }

  unfollow(target: FollowTarget): Promise<FollowResult> {
    return this.api.post('/api/me/follows/stop', target);
  }

  notifications(page: number, pageSize: number): Promise<ServerPage<FollowNotificationView> & { unread: number }> {
    return this.api.get('/api/me/follow-notifications', { page, pageSize }, { noStore: true });
  }

  markRead(id: string): Promise<unknown> {
    return this.api.post(`/api/me/follow-notifications/${encodeURIComponent(id)}/read`, {});
  }

  markAllRead(upTo: string): Promise<unknown> {
    return this.api.post('/api/me/follow-notifications/read', { upTo });
  }

  webhooks(page: number, pageSize: number): Promise<ServerPage<WebhookView>> {
    return this.api.get('/api/webhooks', { page, pageSize }, { noStore: true });
  }

  registerWebhook(webhook: NewWebhook): Promise<WebhookRegistered | WebhookRegistrationReplayed> {
    return this.api.post('/api/webhooks', webhook, {}, { noStore: true });
  }

  setWebhookActive(id: string, active: boolean): Promise<unknown> {
    return this.api.post(`/api/webhooks/${encodeURIComponent(id)}/status`, { active });
  }

  /** A new signing secret for the webhook, in this answer only. */
  rotateWebhookSecret(id: string): Promise<WebhookRegistered | WebhookRegistrationReplayed> {
    return this.api.post(`/api/webhooks/${encodeURIComponent(id)}/secret`, {}, {}, { noStore: true });
  }

  deliveries(webhookId: string, page: number, pageSize: number): Promise<ServerPage<DeliveryView>> {
    return this.api.get(`/api/webhooks/${encodeURIComponent(webhookId)}/deliveries`, { page, pageSize }, { noStore: true });
  }

  resend(webhookId: string, deliveryId: string): Promise<unknown> {
    return this.api.post(`/api/webhooks/${encodeURIComponent(webhookId)}/deliveries/${encodeURIComponent(deliveryId)}/resend`, {});
  }
}
