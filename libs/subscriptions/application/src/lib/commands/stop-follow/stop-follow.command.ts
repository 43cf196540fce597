import { CommandContext } from '@accord/shared/kernel';

export class StopFollowCommand {
  constructor(readonly context: CommandContext, readonly kind: string, readonly targetId: string) {}
}
