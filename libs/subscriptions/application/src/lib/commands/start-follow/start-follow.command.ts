import { CommandContext } from '@accord/shared/kernel';

export class StartFollowCommand {
  constructor(readonly context: CommandContext, readonly kind: string, readonly targetId: string) {}
}
