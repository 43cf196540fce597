import { CommandContext } from '@accord/shared/kernel';

export class ChangeWebhookStatusCommand {
  constructor(readonly context: CommandContext, readonly webhookId: string, readonly active: boolean) {}
}
