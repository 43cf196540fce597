import { BusinessRule } from '@accord/shared/kernel';

// SDG target codes: goal 1–17, then a number or a letter (10.7, 10.c). Existence is checked against the
// reference list at the edge; the domain guards the shape.
const TARGET = /^(?:[1-9]|1[0-7])\.(?:[1-9][0-9]?|[a-z])$/;

export class SdgTargetsMustBeWellFormed implements BusinessRule {
  readonly name = 'SdgTargetsMustBeWellFormed';
  readonly field = 'sdgTargets';
  readonly message = 'SDG targets are codes such as 10.7 or 10.c, without repeats';
  constructor(private readonly targets: readonly string[]) {}
  isBroken(): boolean {
    return !this.targets.every((t) => TARGET.test(t)) || new Set(this.targets).size !== this.targets.length;
  }
}
