import { BusinessRule } from '@accord/shared/kernel';

export class MovementsComeFromStatesAndAgencies implements BusinessRule {
  readonly name = 'MovementsComeFromStatesAndAgencies';
  readonly message = 'movements are reported by States and agencies';
  constructor(private readonly kind: string) {}

  isBroken(): boolean {
    return this.kind !== 'state' && this.kind !== 'agency';
  }
}
