import { BusinessRule } from '@accord/shared/kernel';

export class OnlyCivilSocietyAssesses implements BusinessRule {
  readonly name = 'OnlyCivilSocietyAssesses';
  readonly message = 'only a civil society organisation may publish an independent assessment';
  constructor(private readonly kind: string) {}
  isBroken(): boolean {
    return this.kind !== 'cso';
  }
}
