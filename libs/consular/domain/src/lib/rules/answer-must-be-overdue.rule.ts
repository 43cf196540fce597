import { BusinessRule } from '@accord/shared/kernel';
export class AnswerMustBeOverdue implements BusinessRule {
  readonly name = 'AnswerMustBeOverdue';
  readonly field = 'answerDueAt';
  readonly message = 'the partner still has time to answer';
  constructor(private readonly status: string, private readonly dueAt: string | null, private readonly now: Date) {}

  isBroken(): boolean {
    return this.status !== 'routed' || this.dueAt === null || new Date(this.dueAt).getTime() > this.now.getTime();
  }
}
