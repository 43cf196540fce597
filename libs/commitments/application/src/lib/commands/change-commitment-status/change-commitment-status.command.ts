import { CommitmentStatus } from '@accord/commitments/domain';
import { CommandContext } from '@accord/shared/kernel';

export class ChangeCommitmentStatusCommand {
  constructor(
    readonly context: CommandContext,
    readonly commitmentId: string,
    readonly status: CommitmentStatus,
    readonly reason: string | null,
    readonly expectedVersion?: number,
  ) {}
}
