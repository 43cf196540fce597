import { DeclineReason } from '@accord/consular/domain';
import { CommandContext } from '@accord/shared/kernel';

export class DeclineConsularRequestCommand {
  constructor(readonly context: CommandContext, readonly requestId: string, readonly reason: DeclineReason, readonly note: string | null) {}
}
