import { NationalityTarget } from '@accord/evacuations/domain';
import { CommandContext } from '@accord/shared/kernel';

export class OpenEvacuationOperationCommand {
  constructor(readonly context: CommandContext, readonly alertId: string, readonly country: string, readonly name: string, readonly targets: NationalityTarget[]) {}
}
