import { BusinessRule } from '@accord/shared/kernel';

export class OnlyStatesAndAgenciesExchangeCapacity implements BusinessRule {
  readonly name = 'OnlyStatesAndAgenciesExchangeCapacity';
  readonly message = 'transport capacity is offered and requested by States and agencies';
  constructor(private readonly kind: string) {}
  isBroken(): boolean {
    return this.kind !== 'state' && this.kind !== 'agency';
  }
}
