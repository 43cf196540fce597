import { CommandContext } from '@accord/shared/kernel';

export class RotateWebhookSecretCommand {
  constructor(readonly context: CommandContext, readonly webhookId: string) {}
}
