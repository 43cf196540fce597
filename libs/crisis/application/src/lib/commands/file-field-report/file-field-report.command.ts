import { FieldObservation } from '@accord/crisis/domain';
import { CommandContext } from '@accord/shared/kernel';

export class FileFieldReportCommand {
  constructor(readonly context: CommandContext, readonly alertId: string, readonly observation: FieldObservation) {}
}
