import { BusinessRule } from '@accord/shared/kernel';
export class AgreementNeedsCountriesAndServices implements BusinessRule {
  readonly name = 'AgreementNeedsCountriesAndServices';
  readonly field = 'countries';
  readonly message = 'an agreement covers at least one country and one service';
  constructor(private readonly countries: readonly string[], private readonly services: readonly string[]) {}

  isBroken(): boolean {
    return this.countries.length === 0 || this.services.length === 0;
  }
}
