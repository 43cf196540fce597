import { BusinessRule } from '@accord/shared/kernel';

export class OnlyTheCommitmentOwnerReplies implements BusinessRule {
  readonly name = 'OnlyTheCommitmentOwnerReplies';
  readonly message = 'only an organisation that owns the commitment (or co-owns it) may reply to an assessment of it';
  constructor(private readonly owners: readonly string[], private readonly actingFor: string) {}
  isBroken(): boolean {
    return !this.owners.includes(this.actingFor);
  }
}
