import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DeliveryLog } from '../../ports/delivery-log';
import { WebhookRepository } from '../../ports/webhook.repository';
import { ResendDeliveryCommand } from './resend-delivery.command';

@CommandHandler(ResendDeliveryCommand)
export class ResendDeliveryHandler implements ICommandHandler<ResendDeliveryCommand, { id: string; status: 'pending' }> {
  constructor(private readonly webhooks: WebhookRepository, private readonly log: DeliveryLog) {}

  async execute({ context, webhookId, deliveryId }: ResendDeliveryCommand): Promise<{ id: string; status: 'pending' }> {
    // Ownership first: another organisation learns nothing, not even whether the delivery exists.
    await this.webhooks.getOwned(webhookId, context.actor.organisationId);
    await this.log.resend(webhookId, deliveryId);
    return { id: deliveryId, status: 'pending' };
  }
}
