import { LocalActionDetails } from '@accord/local-actions/domain';
import { CommandContext } from '@accord/shared/kernel';

export class UpdateLocalActionCommand {
  constructor(
    readonly context: CommandContext,
    readonly localActionId: string,
    readonly changes: Partial<LocalActionDetails>,
    readonly expectedVersion?: number,
  ) {}
}
