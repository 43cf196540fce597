import { BusinessRule } from '@accord/shared/kernel';
export class ValidityMustBeOrdered implements BusinessRule {
  readonly name = 'ValidityMustBeOrdered';
  readonly field = 'validTo';
  readonly message = 'an agreement must start before it ends';
  constructor(private readonly validFrom: string, private readonly validTo: string | null) {}

  isBroken(): boolean {
    return this.validTo !== null && this.validTo <= this.validFrom;
  }
}
