import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VersionConflict } from '@accord/shared/kernel';
import { CommitmentRepository } from '../../ports/commitment.repository';
import { CommitmentSaved } from '../log-commitment/log-commitment.handler';
import { ChangeCommitmentStatusCommand } from './change-commitment-status.command';

@CommandHandler(ChangeCommitmentStatusCommand)
export class ChangeCommitmentStatusHandler implements ICommandHandler<ChangeCommitmentStatusCommand, CommitmentSaved> {
  constructor(private readonly commitments: CommitmentRepository) {}

  async execute({ context, commitmentId, status, reason, expectedVersion }: ChangeCommitmentStatusCommand): Promise<CommitmentSaved> {
    const commitment = await this.commitments.getById(commitmentId);
    if (expectedVersion !== undefined && expectedVersion !== commitment.version) {
      throw new VersionConflict(commitmentId, expectedVersion, commitment.version);
    }
    commitment.changeStatus(context.actor.organisationId, status, reason);
    await this.commitments.save(commitment, context);
    return { id: commitment.id, version: commitment.version };
  }
}
