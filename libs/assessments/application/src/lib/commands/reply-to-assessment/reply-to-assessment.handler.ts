import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssessmentSaved } from '../../assessment-saved';
import { AssessmentRepository } from '../../ports/assessment.repository';
import { ReplyToAssessmentCommand } from './reply-to-assessment.command';

@CommandHandler(ReplyToAssessmentCommand)
export class ReplyToAssessmentHandler implements ICommandHandler<ReplyToAssessmentCommand, AssessmentSaved> {
  constructor(private readonly assessments: AssessmentRepository) {}

  async execute({ context, assessmentId, text }: ReplyToAssessmentCommand): Promise<AssessmentSaved> {
    const assessment = await this.assessments.getById(assessmentId);
    assessment.reply(context.actor.organisationId, text);
    await this.assessments.save(assessment, context);
    return { id: assessment.id, version: assessment.version };
  }
}
