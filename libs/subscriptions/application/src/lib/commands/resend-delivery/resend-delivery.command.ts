import { CommandContext } from '@accord/shared/kernel';

export class ResendDeliveryCommand {
  constructor(readonly context: CommandContext, readonly webhookId: string, readonly deliveryId: string) {}
}
