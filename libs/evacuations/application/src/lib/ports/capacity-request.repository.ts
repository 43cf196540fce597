import { CapacityRequest } from '@accord/evacuations/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class CapacityRequestRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<CapacityRequest>;
  abstract save(request: CapacityRequest, context: CommandContext): Promise<void>;
}
