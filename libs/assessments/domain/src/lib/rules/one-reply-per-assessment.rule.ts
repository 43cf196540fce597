import { BusinessRule } from '@accord/shared/kernel';

export class OneReplyPerAssessment implements BusinessRule {
  readonly name = 'OneReplyPerAssessment';
  readonly message = 'this assessment already has the owner\'s reply';
  constructor(private readonly alreadyReplied: boolean) {}
  isBroken(): boolean {
    return this.alreadyReplied;
  }
}
