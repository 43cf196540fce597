import { MovementKind } from '@accord/evacuations/domain';
import { CommandContext } from '@accord/shared/kernel';

export class ReportEvacuationMovementCommand {
  constructor(readonly context: CommandContext, readonly operationId: string, readonly nationality: string, readonly kind: MovementKind, readonly count: number) {}
}
