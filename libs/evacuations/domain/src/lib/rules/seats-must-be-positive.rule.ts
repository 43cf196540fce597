import { BusinessRule } from '@accord/shared/kernel';

export class SeatsMustBePositive implements BusinessRule {
  readonly name = 'SeatsMustBePositive';
  readonly field = 'seats';
  readonly message = 'seats are a whole number of at least 1';
  constructor(private readonly seats: number) {}
  isBroken(): boolean {
    return !Number.isInteger(this.seats) || this.seats < 1;
  }
}
