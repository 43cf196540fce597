import { PublishAssessmentHandler } from './commands/publish-assessment/publish-assessment.handler';
import { ReplyToAssessmentHandler } from './commands/reply-to-assessment/reply-to-assessment.handler';

export const ASSESSMENTS_COMMAND_HANDLERS = [PublishAssessmentHandler, ReplyToAssessmentHandler];
