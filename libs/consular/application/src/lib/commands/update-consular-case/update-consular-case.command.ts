import { CaseUpdateStatus } from '@accord/consular/domain';
import { CommandContext } from '@accord/shared/kernel';

export class UpdateConsularCaseCommand {
  constructor(readonly context: CommandContext, readonly requestId: string, readonly caseId: string, readonly status: CaseUpdateStatus) {}
}
