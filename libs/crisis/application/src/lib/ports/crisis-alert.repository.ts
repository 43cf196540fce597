import { CrisisAlert } from '@accord/crisis/domain';
import { CommandContext } from '@accord/shared/kernel';

/** Loads and stores alerts; `save` also hands the recorded events to the unit of work's outbox. */
export abstract class CrisisAlertRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<CrisisAlert>;
  /** Throws VersionConflict when someone saved the alert since it was loaded. */
  abstract save(alert: CrisisAlert, context: CommandContext): Promise<void>;
}
