import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssessmentSaved } from '../../assessment-saved';
import { AssessmentRepository } from '../../ports/assessment.repository';
import { CommitmentOwners } from '../../ports/commitment-owners';
import { ReplyToAssessmentCommand } from './reply-to-assessment.command';

@CommandHandler(ReplyToAssessmentCommand)
export class ReplyToAssessmentHandler implements ICommandHandler<ReplyToAssessmentCommand, AssessmentSaved> {
  constructor(private readonly assessments: AssessmentRepository, private readonly owners: CommitmentOwners) {}

  async execute({ context, assessmentId, text }: ReplyToAssessmentCommand): Promise<AssessmentSaved> {
    const assessment = await this.assessments.getById(assessmentId);
    const owners = (await this.owners.ownersOf(assessment.snapshot.commitment.id)) ?? [assessment.snapshot.commitment.ownerOrganisationId];
    assessment.reply(context.actor.organisationId, text, owners);
    await this.assessments.save(assessment, context);
    return { id: assessment.id, version: assessment.version };
  }
}
