import { AssessmentTerms } from '@accord/assessments/domain';
import { CommandContext } from '@accord/shared/kernel';

export class PublishAssessmentCommand {
  constructor(readonly context: CommandContext, readonly commitmentId: string, readonly terms: AssessmentTerms) {}
}
