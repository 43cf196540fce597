import { BusinessRule } from '@accord/shared/kernel';

export class OnlyTheCommitmentOwnerReplies implements BusinessRule {
  readonly name = 'OnlyTheCommitmentOwnerReplies';
  readonly message = 'only the organisation that owns the commitment may reply to an assessment of it';
  constructor(private readonly owner: string, private readonly actingFor: string) {}
  isBroken(): boolean {
    return this.owner !== this.actingFor;
  }
}
