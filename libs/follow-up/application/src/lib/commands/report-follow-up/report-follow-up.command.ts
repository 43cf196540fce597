import { FollowUpReport } from '@accord/follow-up/domain';
import { CommandContext } from '@accord/shared/kernel';

export class ReportFollowUpCommand {
  constructor(readonly context: CommandContext, readonly recommendationId: string, readonly report: FollowUpReport) {}
}
