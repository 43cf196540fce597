import { BusinessRule } from '@accord/shared/kernel';
import { NationalityTarget } from '../evacuation-terms';

export class TargetsMustBePositive implements BusinessRule {
  readonly name = 'TargetsMustBePositive';
  readonly field = 'targets';
  readonly message = 'give at least one nationality, each once, with a whole number of people above 0';
  constructor(private readonly targets: readonly NationalityTarget[]) {}

  isBroken(): boolean {
    const n = this.targets.map((t) => t.nationality);
    return this.targets.length === 0 || new Set(n).size !== n.length || this.targets.some((t) => !Number.isInteger(t.count) || t.count < 1);
  }
}
