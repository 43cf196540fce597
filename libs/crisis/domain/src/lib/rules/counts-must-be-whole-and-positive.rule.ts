import { BusinessRule } from '@accord/shared/kernel';
import { PlaceCount } from '../presence-terms';

export class CountsMustBeWholeAndPositive implements BusinessRule {
  readonly name = 'CountsMustBeWholeAndPositive';
  readonly field = 'places';
  readonly message = 'give at least one place, each with a whole number of nationals (0 or more), each place once';
  constructor(private readonly places: readonly PlaceCount[]) {}

  isBroken(): boolean {
    const names = this.places.map((p) => p.place.trim().toLowerCase());
    return this.places.length === 0 || this.places.some((p) => !Number.isInteger(p.count) || p.count < 0) || new Set(names).size !== names.length;
  }
}
