import { Webhook } from '@accord/subscriptions/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class WebhookRepository {
  /** Throws NotFound (also for another organisation's webhook: its existence is not revealed). */
  abstract getOwned(id: string, organisationId: string): Promise<Webhook>;
  /** `secret` on the first save and with a rotation: stored sealed to sign deliveries, never read back out through the API. */
  abstract save(webhook: Webhook, context: CommandContext, secret?: string): Promise<void>;
}
