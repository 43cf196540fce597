import { EvacuationOperation } from '@accord/evacuations/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class EvacuationOperationRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<EvacuationOperation>;
  abstract save(operation: EvacuationOperation, context: CommandContext): Promise<void>;
}
