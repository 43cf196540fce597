import { RequestTerms } from '@accord/evacuations/domain';
import { CommandContext } from '@accord/shared/kernel';

export class RequestCapacityCommand {
  constructor(readonly context: CommandContext, readonly terms: RequestTerms) {}
}
