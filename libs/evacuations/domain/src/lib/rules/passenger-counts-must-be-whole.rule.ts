import { BusinessRule } from '@accord/shared/kernel';
import type { PassengerCount } from '../capacity/capacity-terms';

export class PassengerCountsMustBeWhole implements BusinessRule {
  readonly name = 'PassengerCountsMustBeWhole';
  readonly field = 'passengers';
  readonly message = 'passengers are counted per nationality, once each, as whole numbers of at least 1';
  constructor(private readonly passengers: readonly PassengerCount[]) {}
  isBroken(): boolean {
    const nationalities = this.passengers.map((p) => p.nationality);
    const unique = new Set(nationalities).size === nationalities.length;
    return this.passengers.length === 0 || !unique || this.passengers.some((p) => !Number.isInteger(p.count) || p.count < 1);
  }
}
