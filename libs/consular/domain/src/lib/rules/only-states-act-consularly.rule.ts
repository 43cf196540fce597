import { BusinessRule } from '@accord/shared/kernel';
export class OnlyStatesActConsularly implements BusinessRule {
  readonly name = 'OnlyStatesActConsularly';
  readonly field = 'organisation';
  readonly message = 'only a State registers consular missions, agreements and requests';
  constructor(private readonly kind: string) {}

  isBroken(): boolean {
    return this.kind !== 'state';
  }
}
