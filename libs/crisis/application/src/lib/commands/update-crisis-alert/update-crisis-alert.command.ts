import { CrisisAlertTerms } from '@accord/crisis/domain';
import { CommandContext } from '@accord/shared/kernel';

export class UpdateCrisisAlertCommand {
  constructor(readonly context: CommandContext, readonly alertId: string, readonly terms: CrisisAlertTerms, readonly expectedVersion?: number) {}
}
