import { Commitment } from '@accord/commitments/domain';
import { CommandContext } from '@accord/shared/kernel';

/** Loads and stores commitments; `save` also hands the recorded events to the unit of work's outbox. */
export abstract class CommitmentRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<Commitment>;
  /** Throws VersionConflict when someone saved the commitment since it was loaded. */
  abstract save(commitment: Commitment, context: CommandContext): Promise<void>;
}
