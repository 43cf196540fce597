import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { WebhookRepository } from '../../ports/webhook.repository';
import { ChangeWebhookStatusCommand } from './change-webhook-status.command';

@CommandHandler(ChangeWebhookStatusCommand)
export class ChangeWebhookStatusHandler implements ICommandHandler<ChangeWebhookStatusCommand, { id: string; version: number; active: boolean }> {
  constructor(private readonly webhooks: WebhookRepository) {}

  async execute({ context, webhookId, active }: ChangeWebhookStatusCommand): Promise<{ id: string; version: number; active: boolean }> {
    const webhook = await this.webhooks.getOwned(webhookId, context.actor.organisationId);
    webhook.setActive(context.actor.organisationId, active);
    if (webhook.pendingEvents().length > 0) await this.webhooks.save(webhook, context);
    return { id: webhook.id, version: webhook.version, active };
  }
}
