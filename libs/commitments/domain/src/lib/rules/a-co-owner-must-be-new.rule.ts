import { BusinessRule } from '@accord/shared/kernel';

export class ACoOwnerMustBeNew implements BusinessRule {
  readonly name = 'ACoOwnerMustBeNew';
  readonly field = 'organisationId';
  constructor(private readonly owners: readonly string[], private readonly candidate: string) {}
  get message(): string {
    return `${this.candidate} already owns this commitment`;
  }
  isBroken(): boolean {
    return this.owners.includes(this.candidate);
  }
}
