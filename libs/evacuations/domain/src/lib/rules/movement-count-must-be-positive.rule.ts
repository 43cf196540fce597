import { BusinessRule } from '@accord/shared/kernel';

export class MovementCountMustBePositive implements BusinessRule {
  readonly name = 'MovementCountMustBePositive';
  readonly field = 'count';
  readonly message = 'a movement is a whole number of people above 0';
  constructor(private readonly count: number) {}

  isBroken(): boolean {
    return !Number.isInteger(this.count) || this.count < 1;
  }
}
