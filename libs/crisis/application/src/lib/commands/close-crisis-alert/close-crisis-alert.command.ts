import { CloseReason } from '@accord/crisis/domain';
import { CommandContext } from '@accord/shared/kernel';

export class CloseCrisisAlertCommand {
  constructor(readonly context: CommandContext, readonly alertId: string, readonly reason: CloseReason, readonly note: string | null, readonly expectedVersion?: number) {}
}
