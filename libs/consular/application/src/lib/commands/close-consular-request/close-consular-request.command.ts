import { RequestCloseReason } from '@accord/consular/domain';
import { CommandContext } from '@accord/shared/kernel';

export class CloseConsularRequestCommand {
  constructor(readonly context: CommandContext, readonly requestId: string, readonly reason: RequestCloseReason) {}
}
