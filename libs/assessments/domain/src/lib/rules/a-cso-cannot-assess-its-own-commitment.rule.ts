import { BusinessRule } from '@accord/shared/kernel';

export class ACsoCannotAssessItsOwnCommitment implements BusinessRule {
  readonly name = 'ACsoCannotAssessItsOwnCommitment';
  readonly message = 'an assessment is independent: an organisation cannot assess its own commitment';
  constructor(private readonly assessor: string, private readonly owners: readonly string[]) {}
  isBroken(): boolean {
    return this.owners.includes(this.assessor);
  }
}
