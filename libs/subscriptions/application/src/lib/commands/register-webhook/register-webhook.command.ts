import { CommandContext } from '@accord/shared/kernel';
import { WebhookFilter } from '@accord/subscriptions/domain';

export class RegisterWebhookCommand {
  constructor(readonly context: CommandContext, readonly url: string, readonly filter: WebhookFilter) {}
}
