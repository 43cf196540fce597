import { LocalActionDetails } from '@accord/local-actions/domain';
import { CommandContext } from '@accord/shared/kernel';

export class ReportLocalActionCommand {
  constructor(readonly context: CommandContext, readonly details: LocalActionDetails) {}
}
