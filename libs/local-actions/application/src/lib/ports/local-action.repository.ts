import { LocalAction } from '@accord/local-actions/domain';
import { CommandContext } from '@accord/shared/kernel';

/** Loads and stores local actions; `save` also hands the recorded events to the unit of work's outbox. */
export abstract class LocalActionRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<LocalAction>;
  /** Throws VersionConflict when someone saved the action since it was loaded. */
  abstract save(action: LocalAction, context: CommandContext): Promise<void>;
}
