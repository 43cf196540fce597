import { BusinessRule } from '@accord/shared/kernel';
import { IncidentCount, MovementCount } from '../field-report-terms';

export class FieldCountsMustBeWhole implements BusinessRule {
  readonly name = 'FieldCountsMustBeWhole';
  readonly field = 'movements';
  readonly message = 'every count is a whole number of 0 or more, each incident kind and each movement group once';
  constructor(private readonly movements: readonly MovementCount[], private readonly incidents: readonly IncidentCount[]) {}

  isBroken(): boolean {
    const counts = [...this.movements, ...this.incidents].map((c) => c.count);
    const groups = this.movements.map((m) => `${m.direction}/${m.sex}/${m.ageBand}`);
    const kinds = this.incidents.map((i) => i.kind);
    return counts.some((n) => !Number.isInteger(n) || n < 0) || new Set(groups).size !== groups.length || new Set(kinds).size !== kinds.length;
  }
}
