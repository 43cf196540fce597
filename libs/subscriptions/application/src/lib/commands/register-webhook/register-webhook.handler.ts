import { randomBytes, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, InvalidInput } from '@accord/shared/kernel';
import { checkWebhookFilter, checkWebhookUrl, Webhook } from '@accord/subscriptions/domain';
import { WebhookAddressGuard } from '../../ports/webhook-address-guard';
import { WebhookRepository } from '../../ports/webhook.repository';
import { PUBLIC_STREAMS } from '../../public-streams';
import { RegisterWebhookCommand } from './register-webhook.command';

export interface WebhookRegistered {
  id: string;
  version: number;
  /** Shown once: the receiver needs it to check `Accord-Signature`; the API never returns it again. */
  secret: string;
}

/** 24 random bytes, URL-safe: what a receiver keeps to check `Accord-Signature`. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString('base64url')}`;

export const allowHttpLocal = (): boolean => process.env['ACCORD_WEBHOOK_ALLOW_HTTP_LOCAL'] === 'true';

@CommandHandler(RegisterWebhookCommand)
export class RegisterWebhookHandler implements ICommandHandler<RegisterWebhookCommand, WebhookRegistered> {
  constructor(private readonly webhooks: WebhookRepository, private readonly guard: WebhookAddressGuard, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, url, filter }: RegisterWebhookCommand): Promise<WebhookRegistered> {
    const checked = checkWebhookUrl(url, { allowHttpLocal: allowHttpLocal() });
    if (typeof checked === 'string') throw new InvalidInput('url', checked);
    await this.guard.assertDeliverable(checked.href);
    const clean = checkWebhookFilter(filter, PUBLIC_STREAMS);
    const webhook = Webhook.register(randomUUID(), context.actor.organisationId, checked.href, clean, this.clock);
    const secret = newWebhookSecret();
    await this.webhooks.save(webhook, context, secret);
    return { id: webhook.id, version: webhook.version, secret };
  }
}
