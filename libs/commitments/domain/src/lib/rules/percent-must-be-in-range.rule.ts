import { BusinessRule } from '@accord/shared/kernel';

export class PercentMustBeInRange implements BusinessRule {
  readonly name = 'PercentMustBeInRange';
  readonly field = 'percent';
  readonly message = 'percent is a whole number from 0 to 100';
  constructor(private readonly percent: number) {}
  isBroken(): boolean {
    return !Number.isInteger(this.percent) || this.percent < 0 || this.percent > 100;
  }
}
