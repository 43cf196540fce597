import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Commitment } from '@accord/commitments/domain';
import { CLOCK, Clock, InvalidInput } from '@accord/shared/kernel';
import { CommitmentRepository } from '../../ports/commitment.repository';
import { KnownOrganisations } from '../../ports/known-organisations';
import { resolveCoOwners } from './resolve-co-owners';
import { LogCommitmentCommand } from './log-commitment.command';

export interface CommitmentSaved {
  id: string;
  version: number;
}

@CommandHandler(LogCommitmentCommand)
export class LogCommitmentHandler implements ICommandHandler<LogCommitmentCommand, CommitmentSaved> {
  constructor(
    private readonly commitments: CommitmentRepository,
    private readonly organisations: KnownOrganisations,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ context, terms, coOwnerIds }: LogCommitmentCommand): Promise<CommitmentSaved> {
    const org = context.actor.organisation;
    if (!org) throw new InvalidInput('organisation', 'the token does not describe the organisation you act for');
    const owner = { organisationId: org.id, name: org.name, kind: org.kind, country: org.country };
    const coOwners = await resolveCoOwners(this.organisations, coOwnerIds, 'coOwnerIds');
    const commitment = Commitment.log(randomUUID(), owner, terms, this.clock, coOwners);
    await this.commitments.save(commitment, context);
    return { id: commitment.id, version: commitment.version };
  }
}
