import { AggregateRoot, Clock, NotFound } from '@accord/shared/kernel';
import { WebhookEvent } from './webhook-events';
import { WebhookFilter } from './webhook-filter';

export interface WebhookState {
  organisationId: string;
  url: string;
  filter: WebhookFilter;
  active: boolean;
}

/**
 * An organisation's subscription of an outside system to Accord's public events. The URL and filter
 * arrive checked (checkWebhookUrl, checkWebhookFilter, and the address check that needs DNS).
 */
export class Webhook extends AggregateRoot<WebhookEvent> {
  private constructor(id: string, version: number, private state: WebhookState, private readonly clock: Clock) {
    super(id, version);
  }

  static register(id: string, organisationId: string, url: string, filter: WebhookFilter, clock: Clock): Webhook {
    const webhook = new Webhook(id, 0, { organisationId, url, filter, active: true }, clock);
    webhook.record({
      type: 'WebhookRegistered',
      data: { webhookId: id, organisationId, streams: [...filter.streams], eventTypes: [...filter.eventTypes], targetCount: filter.targets.length, registeredAt: clock.now().toISOString() },
    });
    return webhook;
  }

  static restore(id: string, version: number, state: WebhookState, clock: Clock): Webhook {
    return new Webhook(id, version, state, clock);
  }

  get snapshot(): WebhookState {
    return { ...this.state };
  }

  /** Another organisation's webhook is not theirs to know about: 404, not 403. */
  assertOwnedBy(organisationId: string): void {
    if (this.state.organisationId !== organisationId) throw new NotFound('webhook', this.id);
  }

  setActive(organisationId: string, active: boolean): void {
    this.assertOwnedBy(organisationId);
    if (this.state.active === active) return;
    this.state = { ...this.state, active };
    this.record({ type: 'WebhookStatusChanged', data: { webhookId: this.id, organisationId, active, changedAt: this.clock.now().toISOString() } });
  }

  /** A new signing secret (the caller makes it and stores it sealed); paused or not, the owner may rotate. */
  rotateSecret(organisationId: string): void {
    this.assertOwnedBy(organisationId);
    this.record({ type: 'WebhookSecretRotated', data: { webhookId: this.id, organisationId, rotatedAt: this.clock.now().toISOString() } });
  }
}
