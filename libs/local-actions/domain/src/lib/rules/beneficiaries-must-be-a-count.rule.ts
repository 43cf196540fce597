import { BusinessRule } from '@accord/shared/kernel';

export class BeneficiariesMustBeACount implements BusinessRule {
  readonly name = 'BeneficiariesMustBeACount';
  readonly field = 'beneficiaries';
  readonly message = 'beneficiaries is a whole number of people, 0 or more';
  constructor(private readonly beneficiaries: number) {}
  isBroken(): boolean {
    return !Number.isInteger(this.beneficiaries) || this.beneficiaries < 0;
  }
}
