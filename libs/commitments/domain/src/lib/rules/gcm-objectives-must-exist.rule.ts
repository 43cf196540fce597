import { BusinessRule } from '@accord/shared/kernel';

/** The Global Compact for Migration has exactly 23 objectives; a commitment serves at least one. */
export class GcmObjectivesMustExist implements BusinessRule {
  readonly name = 'GcmObjectivesMustExist';
  readonly field = 'gcmObjectives';
  readonly message = 'link at least one Global Compact objective, each a whole number from 1 to 23, without repeats';
  constructor(private readonly objectives: readonly number[]) {}
  isBroken(): boolean {
    const valid = this.objectives.every((n) => Number.isInteger(n) && n >= 1 && n <= 23);
    return this.objectives.length === 0 || !valid || new Set(this.objectives).size !== this.objectives.length;
  }
}
