import { BusinessRule } from '@accord/shared/kernel';

export class OnlyAgenciesMatchByHand implements BusinessRule {
  readonly name = 'OnlyAgenciesMatchByHand';
  readonly message = 'an offer and a request are matched by hand by an agency only';
  constructor(private readonly kind: string) {}
  isBroken(): boolean {
    return this.kind !== 'agency';
  }
}
