import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VersionConflict } from '@accord/shared/kernel';
import { CommitmentRepository } from '../../ports/commitment.repository';
import { KnownOrganisations } from '../../ports/known-organisations';
import { CommitmentSaved } from '../log-commitment/log-commitment.handler';
import { resolveCoOwners } from '../log-commitment/resolve-co-owners';
import { AddCoOwnerCommand } from './add-co-owner.command';

@CommandHandler(AddCoOwnerCommand)
export class AddCoOwnerHandler implements ICommandHandler<AddCoOwnerCommand, CommitmentSaved> {
  constructor(private readonly commitments: CommitmentRepository, private readonly organisations: KnownOrganisations) {}

  async execute({ context, commitmentId, organisationId, expectedVersion }: AddCoOwnerCommand): Promise<CommitmentSaved> {
    const commitment = await this.commitments.getById(commitmentId);
    if (expectedVersion !== undefined && expectedVersion !== commitment.version) {
      throw new VersionConflict(commitmentId, expectedVersion, commitment.version);
    }
    const [coOwner] = await resolveCoOwners(this.organisations, [organisationId], 'organisationId');
    commitment.addCoOwner(context.actor.organisationId, coOwner);
    await this.commitments.save(commitment, context);
    return { id: commitment.id, version: commitment.version };
  }
}
