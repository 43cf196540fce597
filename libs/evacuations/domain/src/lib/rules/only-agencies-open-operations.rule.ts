import { BusinessRule } from '@accord/shared/kernel';

export class OnlyAgenciesOpenOperations implements BusinessRule {
  readonly name = 'OnlyAgenciesOpenOperations';
  readonly message = 'evacuation and repatriation operations are opened by agencies';
  constructor(private readonly kind: string) {}

  isBroken(): boolean {
    return this.kind !== 'agency';
  }
}
