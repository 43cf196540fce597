import { ProgressReport } from '@accord/commitments/domain';
import { CommandContext } from '@accord/shared/kernel';

export class ReportCommitmentProgressCommand {
  constructor(readonly context: CommandContext, readonly commitmentId: string, readonly report: ProgressReport, readonly expectedVersion?: number) {}
}
