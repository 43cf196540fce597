import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Assessment } from '@accord/assessments/domain';
import { CLOCK, Clock, InvalidInput, NotFound } from '@accord/shared/kernel';
import { AssessmentSaved } from '../../assessment-saved';
import { AssessmentRepository } from '../../ports/assessment.repository';
import { CommitmentOwners } from '../../ports/commitment-owners';
import { PublishAssessmentCommand } from './publish-assessment.command';

@CommandHandler(PublishAssessmentCommand)
export class PublishAssessmentHandler implements ICommandHandler<PublishAssessmentCommand, AssessmentSaved> {
  constructor(private readonly assessments: AssessmentRepository, private readonly owners: CommitmentOwners, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, commitmentId, terms }: PublishAssessmentCommand): Promise<AssessmentSaved> {
    const org = context.actor.organisation;
    if (!org) throw new InvalidInput('organisation', 'the token does not describe the organisation you act for');
    const owners = await this.owners.ownersOf(commitmentId);
    if (!owners) throw new NotFound('commitment', commitmentId);
    const [owner, ...coOwners] = owners;
    const assessor = { organisationId: org.id, name: org.name, kind: org.kind };
    const commitment = { id: commitmentId, ownerOrganisationId: owner, coOwnerOrganisationIds: coOwners };
    const assessment = Assessment.publish(randomUUID(), assessor, commitment, terms, this.clock);
    await this.assessments.save(assessment, context);
    return { id: assessment.id, version: assessment.version };
  }
}
