import { CapOrigin, CrisisAlertTerms } from '@accord/crisis/domain';
import { CommandContext } from '@accord/shared/kernel';

export class RaiseCrisisAlertCommand {
  /** `cap` when the alert comes from an imported CAP 1.2 message. */
  constructor(readonly context: CommandContext, readonly terms: CrisisAlertTerms, readonly cap?: CapOrigin) {}
}
