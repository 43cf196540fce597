import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { WebhookRepository } from '../../ports/webhook.repository';
import { newWebhookSecret, WebhookRegistered } from '../register-webhook/register-webhook.handler';
import { RotateWebhookSecretCommand } from './rotate-webhook-secret.command';

/** The answer carries the new secret once, as a registration does; deliveries from now on are signed with it. */
@CommandHandler(RotateWebhookSecretCommand)
export class RotateWebhookSecretHandler implements ICommandHandler<RotateWebhookSecretCommand, WebhookRegistered> {
  constructor(private readonly webhooks: WebhookRepository) {}

  async execute({ context, webhookId }: RotateWebhookSecretCommand): Promise<WebhookRegistered> {
    const webhook = await this.webhooks.getOwned(webhookId, context.actor.organisationId);
    webhook.rotateSecret(context.actor.organisationId);
    const secret = newWebhookSecret();
    await this.webhooks.save(webhook, context, secret);
    return { id: webhook.id, version: webhook.version, secret };
  }
}
