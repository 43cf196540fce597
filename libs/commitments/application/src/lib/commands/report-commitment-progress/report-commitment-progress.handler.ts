import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VersionConflict } from '@accord/shared/kernel';
import { CommitmentRepository } from '../../ports/commitment.repository';
import { CommitmentSaved } from '../log-commitment/log-commitment.handler';
import { ReportCommitmentProgressCommand } from './report-commitment-progress.command';

@CommandHandler(ReportCommitmentProgressCommand)
export class ReportCommitmentProgressHandler implements ICommandHandler<ReportCommitmentProgressCommand, CommitmentSaved> {
  constructor(private readonly commitments: CommitmentRepository) {}

  async execute({ context, commitmentId, report, expectedVersion }: ReportCommitmentProgressCommand): Promise<CommitmentSaved> {
    const commitment = await this.commitments.getById(commitmentId);
    if (expectedVersion !== undefined && expectedVersion !== commitment.version) {
      throw new VersionConflict(commitmentId, expectedVersion, commitment.version);
    }
    commitment.reportProgress(context.actor.organisationId, report);
    await this.commitments.save(commitment, context);
    return { id: commitment.id, version: commitment.version };
  }
}
