import { CommandContext } from '@accord/shared/kernel';

export class AcceptConsularRequestCommand {
  constructor(readonly context: CommandContext, readonly requestId: string) {}
}
