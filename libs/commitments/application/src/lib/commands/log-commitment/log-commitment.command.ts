import { CommitmentTerms } from '@accord/commitments/domain';
import { CommandContext } from '@accord/shared/kernel';

export class LogCommitmentCommand {
  constructor(readonly context: CommandContext, readonly terms: CommitmentTerms, readonly coOwnerIds: readonly string[] = []) {}
}
