import { CommandContext } from '@accord/shared/kernel';

export class ReplyToAssessmentCommand {
  constructor(readonly context: CommandContext, readonly assessmentId: string, readonly text: string) {}
}
